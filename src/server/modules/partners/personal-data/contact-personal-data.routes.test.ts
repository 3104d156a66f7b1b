import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { tablesRewrittenByErasure } from './compact-after-erasure';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliTargetOf, runCli } from '../../../../../tests/setup/run-cli';
import { interactionBody } from '../../../../../tests/factories/engagement';
import { importAndWait } from '../../../../../tests/factories/imports';
import { createMessageFixtures } from '../../../../../tests/factories/messages';
import { createContactVia } from '../../../../../tests/factories/partners';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../../tests/factories/people';
import { csv } from '../../../../../tests/factories/spreadsheets';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../tests/setup/test-app';
import {
  contactErasureSchema,
  contactPersonalDataSchema,
} from '../../../../shared/contracts/contact-personal-data';
import type { Page } from '../../../../shared/contracts/common';
import type { Partner, PartnerSummary } from '../../../../shared/contracts/partners';
import { verifyAuditChain } from '../../../platform/audit/verify-audit-chain';

const person = {
  name: 'Ratna Kusumawati',
  phoneDigits: '81255667788',
  email: 'ratna.kusuma@salonayu.id',
};
type PartnerPage = Page<PartnerSummary>;

/** Every form in which Jalin writes the person: a copy in any of them is a finding. */
const traces = [person.name, person.email, person.phoneDigits, `0${person.phoneDigits}`];

describeEachDatabase('contact personal data: access and erasure (promise 20)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let facilitator: Session;
  let partner: Partner;
  let contactId: string;
  let keptContactId: string;
  let interactionId: string;
  let messageId: string;
  let importJobId: string;
  /** The interaction is logged as the phone's queue sends it: its answer, naming the person, is kept. */
  const visitKey = 'antrean-kunjungan-ratna-0001';
  let visit: ReturnType<typeof interactionBody>;

  const contactUrl = (id = contactId) => `/api/v1/partners/${partner.id}/contacts/${id}`;

  /** Every row of every table, as text: what a query of the whole database would find. */
  async function everyRowAsText(): Promise<string> {
    const tables =
      dialect === 'sqlite'
        ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(t.deps.db)
        : await sql<{
            name: string;
          }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`.execute(t.deps.db);
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await sql`SELECT * FROM ${sql.id(name)}`.execute(t.deps.db);
      parts.push(JSON.stringify(rows.rows));
    }
    return parts.join('\n').toLowerCase();
  }

  /**
   * PostgreSQL: the relations (tables, their TOAST and indexes) of the test's database whose files
   * on the server hold `trace`, read through `pg_read_binary_file` (the tests connect as superuser)
   * after a CHECKPOINT has written every changed page.
   */
  async function relationsHolding(trace: string): Promise<string[]> {
    await sql`CHECKPOINT`.execute(t.deps.db);
    const relations = await sql<{ name: string; file: string }>`
      SELECT c.relname AS name, pg_relation_filepath(c.oid) AS file
      FROM pg_class c
      WHERE c.relkind IN ('r', 'i', 't', 'm')
        AND (c.relnamespace = current_schema()::regnamespace
          OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)
          OR c.oid IN (SELECT i.indexrelid FROM pg_index i JOIN pg_class o ON o.reltoastrelid = i.indrelid
                       WHERE o.relnamespace = current_schema()::regnamespace))`.execute(t.deps.db);
    const holding: string[] = [];
    for (const { name, file } of relations.rows) {
      const read = await sql<{ bytes: Buffer }>`SELECT pg_read_binary_file(${file}) AS bytes`.execute(
        t.deps.db,
      );
      if (read.rows[0]!.bytes.includes(Buffer.from(trace, 'utf8'))) holding.push(name);
    }
    return holding;
  }

  /** The files under the data folder (database, WAL, file store) whose bytes hold `trace`. */
  function filesHolding(trace: string): string[] {
    const files = fs
      .readdirSync(t.database.dataDir, { recursive: true, withFileTypes: true })
      .flatMap((entry) => (entry.isFile() ? [path.join(entry.parentPath, entry.name)] : []));
    return files.filter((file) => fs.readFileSync(file).includes(Buffer.from(trace, 'utf8')));
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    const colleague = await createUserFixture(t, manager.institutionId, 'facilitator');
    facilitator = await logInAs(t, colleague.email);
    const imported = await importAndWait(t, manager, {
      filename: 'mitra.csv',
      bytes: csv([
        ['Nama Mitra', 'Kategori', 'Kab/Kota', 'Narahubung', 'No. HP/WA', 'Email'],
        ['Salon Ratna Ayu', 'DUDI', 'Kota Banjarbaru', person.name, `0${person.phoneDigits}`, person.email],
      ]),
    });
    expect(imported.status).toBe('succeeded');
    importJobId = imported.id;
    const page = (await manager.request('GET', '/api/v1/partners?q=Salon%20Ratna')).json<PartnerPage>();
    partner = (await manager.request('GET', `/api/v1/partners/${page.items[0]!.id}`)).json<Partner>();
    contactId = partner.contacts[0]!.id;
    const updated = await manager.request('PATCH', contactUrl(), { version: 1, position: 'Pemilik salon' });
    expect(updated.statusCode, updated.body).toBe(200);
    visit = interactionBody([partner.id], {
      occurredAt: new Date(t.clock.now().getTime() - 60 * 60 * 1000).toISOString(),
      contactIds: [contactId],
      summary: `Bertemu ${person.name} membahas magang tata rias`,
    });
    const logged = await manager.request('POST', '/api/v1/interactions', visit, {
      'idempotency-key': visitKey,
    });
    expect(logged.statusCode, logged.body).toBe(201);
    interactionId = logged.json<{ id: string }>().id;
    const fixtures = await createMessageFixtures(manager, partner.id, contactId);
    messageId = fixtures.outgoingMessageId;
    keptContactId = (
      await createContactVia(manager, partner.id, { name: 'Dewi Lestari', phone: '0813-9900-1122' })
    ).id;
  });
  afterAll(() => t.close());

  it('exports everything held about the person as JSON, with the processing history', async () => {
    const response = await manager.request('GET', `${contactUrl()}/personal-data`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(`data-pribadi-${contactId}.json`);
    const data = contactPersonalDataSchema.parse(JSON.parse(response.body));
    expect(data.contact).toMatchObject({
      id: contactId,
      name: person.name,
      email: person.email,
      phone: `+62${person.phoneDigits}`,
      position: 'Pemilik salon',
      legalBasis: expect.any(String),
    });
    expect(data.partner).toEqual({ id: partner.id, name: 'Salon Ratna Ayu' });
    expect(data.interactions.map((i) => i.id)).toEqual([interactionId]);
    expect(data.messages.map((m) => m.id)).toEqual([messageId]);
    const actions = data.processingHistory.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['contact.updated', 'interaction.created']));
    expect(data.processingHistory.every((event) => event.occurredAt <= data.exportedAt)).toBe(true);
    expect(response.body).not.toContain('Dewi Lestari');
  });

  it('exports the same as CSV that parses back row for row', async () => {
    const response = await manager.request('GET', `${contactUrl()}/personal-data?format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const rows: string[][] = parse(response.rawPayload, { bom: true, relaxColumnCount: false });
    expect(rows[0]).toEqual(['Bagian', 'ID', 'Kolom', 'Nilai']);
    expect(rows).toContainEqual(['narahubung', contactId, 'name', person.name]);
    expect(rows).toContainEqual(['narahubung', contactId, 'email', person.email]);
    expect(rows).toContainEqual(['interaksi', interactionId, 'id', interactionId]);
    expect(rows).toContainEqual(['pesan', messageId, 'id', messageId]);
    expect(rows.some((row) => row[0] === 'riwayat_pemrosesan' && row[3] === 'contact.updated')).toBe(true);
  });

  it('leaves both to the manager: a facilitator gets 403 and nothing changes', async () => {
    expect((await facilitator.request('GET', `${contactUrl()}/personal-data`)).statusCode).toBe(403);
    const refused = await facilitator.request('POST', `${contactUrl()}/erasure`, { version: 2 });
    expect(refused.statusCode).toBe(403);
    const contacts = (await manager.request('GET', `/api/v1/partners/${partner.id}`)).json<Partner>()
      .contacts;
    expect(contacts.map((c) => c.id)).toContain(contactId);
  });

  it('refuses an erasure confirmed on an older version (409) and erases nothing', async () => {
    const stale = await manager.request('POST', `${contactUrl()}/erasure`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
    expect(await everyRowAsText()).toContain(person.email);
  });

  it('erases the person from every table, the search, the audit payloads and the import files', async () => {
    expect(await everyRowAsText()).toContain(person.name.toLowerCase());
    const keptAnswer = await t.deps.db
      .selectFrom('idempotency_keys')
      .select('response_body')
      .where('key', '=', visitKey)
      .executeTakeFirstOrThrow();
    expect(keptAnswer.response_body).toContain(person.name);
    if (dialect === 'sqlite') expect(filesHolding(person.email)).not.toEqual([]);
    else expect(await relationsHolding(person.email)).toContain('partner_contacts');
    const importJob = await t.deps.db
      .selectFrom('jobs')
      .select(['input_json', 'result_file_key'])
      .where('id', '=', importJobId)
      .executeTakeFirstOrThrow();
    const importFileKeys = [
      (JSON.parse(importJob.input_json) as { fileKey: string }).fileKey,
      importJob.result_file_key!,
    ];

    const response = await manager.request('POST', `${contactUrl()}/erasure`, { version: 2 });
    expect(response.statusCode, response.body).toBe(200);
    const erasure = contactErasureSchema.parse(response.json());
    expect(erasure.removedFrom).toMatchObject({ interactions: 1, messages: 1, importFiles: 2 });
    expect(erasure.removedFrom.auditEvents).toBeGreaterThan(0);
    expect(erasure.retainedSignedAgreementIds).toEqual([]);

    const all = await everyRowAsText();
    for (const trace of traces) expect(all, trace).not.toContain(trace.toLowerCase());
    for (const key of importFileKeys) {
      expect(fs.existsSync(path.join(t.database.dataDir, 'files', key)), key).toBe(false);
    }

    const after = (await manager.request('GET', `/api/v1/partners/${partner.id}`)).json<Partner>();
    expect(after.contacts.map((c) => c.id)).not.toContain(contactId);
    expect(after.contacts.find((c) => c.id === keptContactId)?.name).toBe('Dewi Lestari');
    for (const q of ['Ratna Kusuma', person.phoneDigits.slice(0, 7), 'salonayu']) {
      const found = (
        await manager.request('GET', `/api/v1/partners?q=${encodeURIComponent(q)}`)
      ).json<PartnerPage>();
      expect(
        found.items.map((p) => p.id),
        q,
      ).not.toContain(partner.id);
    }
    const interaction = await manager.request('GET', `/api/v1/interactions/${interactionId}`);
    expect(interaction.statusCode).toBe(200);
    expect(interaction.body).toContain('Bertemu [dihapus] membahas magang tata rias');
    // The kept answer is gone with the person, yet a re-send of the visit is still not logged twice.
    const resent = await manager.request('POST', '/api/v1/interactions', visit, {
      'idempotency-key': visitKey,
    });
    expect(resent.statusCode, resent.body).toBe(409);
    expect(resent.json<{ error: { code: string; details: unknown } }>().error).toMatchObject({
      code: 'REQUEST_ALREADY_APPLIED',
      details: { entityType: 'interaction', entityId: interactionId },
    });

    expect(await verifyAuditChain(t.deps.db)).toMatchObject({ ok: true });
    const erasedEvent = await t.deps.db
      .selectFrom('audit_events')
      .select(['after_json', 'actor_user_id'])
      .where('action', '=', 'contact.erased')
      .where('entity_id', '=', contactId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(erasedEvent.after_json!)).toMatchObject({ partnerId: partner.id });

    expect((await manager.request('GET', `${contactUrl()}/personal-data`)).statusCode).toBe(404);
    expect((await manager.request('POST', `${contactUrl()}/erasure`, { version: 2 })).statusCode).toBe(404);
  });

  it('leaves no byte of the person in the database files, the WAL or the file store', async () => {
    // PostgreSQL's heap keeps dead tuples until VACUUM FULL rewrites it: the step docs/security.md
    // gives after an erasure, this command. SQLite has zeroed them already. The WAL is PostgreSQL's own.
    const compacted = await runCli(['compact-after-erasure'], cliTargetOf(t.database));
    expect(compacted.status, compacted.stderr).toBe(0);
    expect(compacted.stdout).toContain(
      dialect === 'sqlite' ? 'nothing to compact' : `compacted: ${tablesRewrittenByErasure.join(', ')}`,
    );
    if (dialect !== 'sqlite') {
      for (const trace of traces) expect(await relationsHolding(trace), trace).toEqual([]);
      return;
    }
    expect(fs.existsSync(path.join(t.database.dataDir, 'jalin.db'))).toBe(true);
    for (const trace of traces) expect(filesHolding(trace), trace).toEqual([]);
  });

  it('reports a redacted row that no erasure accounts for', async () => {
    const row = await t.deps.db
      .selectFrom('audit_events')
      .select(['id', 'sequence'])
      .where('redacted_at', 'is', null)
      .where('after_json', 'is not', null)
      .orderBy('sequence')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('audit_events')
      .set({ after_json: JSON.stringify({ forged: true }), redacted_at: '2026-11-30T00:00:00.000Z' })
      .where('id', '=', row.id)
      .execute();
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({
      ok: false,
      id: row.id,
      reason: 'REDACTION_UNACCOUNTED',
    });
  });
});
