import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeChanges, snapshotEveryTable } from '../../../../tests/factories/every-table-snapshot';
import { importAndWait } from '../../../../tests/factories/imports';
import { newId } from '../../platform/ids';
import {
  contactBody,
  createContactVia,
  createPartnerVia,
  partnerBody,
} from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { csv } from '../../../../tests/factories/spreadsheets';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

interface FieldProblem {
  path: (string | number)[];
  message: string;
}

function problemsOf(response: LightMyRequestResponse): { code: string; paths: string[]; messages: string[] } {
  const error = response.json<{ error: { code: string; details: FieldProblem[] } }>().error;
  return {
    code: error.code,
    paths: error.details.map((problem) => problem.path.join('.')),
    messages: error.details.map((problem) => problem.message),
  };
}

/** The partner export's rows as objects keyed by header, one per partner. */
async function exportedRows(session: Session, format: 'csv' | 'xlsx'): Promise<Record<string, string>[]> {
  const response = await session.request('GET', `/api/v1/partners/export?format=${format}`);
  expect(response.statusCode).toBe(200);
  let table: string[][];
  if (format === 'csv') {
    table = parse(response.rawPayload, { bom: true });
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    table = [];
    workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => {
      table.push(Array.from({ length: 19 }, (_, index) => row.getCell(index + 1).text));
    });
  }
  const [header, ...rows] = table;
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}

describeEachDatabase('a contact’s legal basis and consent withdrawal (promise 19)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let partnerId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    partnerId = (await createPartnerVia(manager, { name: 'Rumah Rajut Intan' })).id;
  });
  afterAll(() => t.close());

  const snapshot = () => snapshotEveryTable(t.deps.db, dialect);

  it('refuses a contact without a legal basis, or with consent as the basis but no consent record, with a coded 400, writing nothing', async () => {
    const { legalBasis: _dropped, ...withoutBasis } = contactBody();
    const before = await snapshot();
    const refusals = [
      { body: withoutBasis, path: 'body.legalBasis' },
      { body: { ...withoutBasis, legalBasis: null }, path: 'body.legalBasis' },
      { body: { ...withoutBasis, legalBasis: '' }, path: 'body.legalBasis' },
      { body: { ...withoutBasis, legalBasis: 'because_we_can' }, path: 'body.legalBasis' },
      { body: contactBody({ legalBasis: 'consent', consent: null }), path: 'body.consent' },
    ];
    for (const { body, path } of refusals) {
      const response = await manager.request('POST', `/api/v1/partners/${partnerId}/contacts`, body);
      expect(response.statusCode, response.body).toBe(400);
      const problems = problemsOf(response);
      expect(problems.code).toBe('VALIDATION_FAILED');
      expect(problems.paths).toContain(path);
    }
    expect(
      problemsOf(
        await manager.request(
          'POST',
          `/api/v1/partners/${partnerId}/contacts`,
          contactBody({ legalBasis: 'consent', consent: null }),
        ),
      ).messages,
    ).toContain('CONSENT_RECORD_REQUIRED');

    // An edit cannot take the basis away either.
    const saved = await createContactVia(manager, partnerId, { legalBasis: 'contract', consent: null });
    const afterCreate = await snapshot();
    const cleared = await manager.request('PATCH', `/api/v1/partners/${partnerId}/contacts/${saved.id}`, {
      version: 1,
      legalBasis: null,
    });
    expect(cleared.statusCode).toBe(400);
    expect(problemsOf(cleared).paths).toContain('body.legalBasis');
    expect(describeChanges(afterCreate, await snapshot())).toEqual([]);
    // The one change between the snapshots is the contact saved with its basis.
    expect(describeChanges(before, afterCreate).map((line) => line.split(':')[0])).toContain(
      'partner_contacts',
    );
  });

  it('refuses a partner created with contacts inline: contacts are saved only through the contact route', async () => {
    const before = await snapshot();
    const response = await manager.request(
      'POST',
      '/api/v1/partners',
      partnerBody({ contacts: [{ name: 'Ibu Sari', phone: '0812-5123-4567' }] } as never),
    );
    expect(response.statusCode).toBe(400);
    expect(problemsOf(response).code).toBe('VALIDATION_FAILED');
    expect(describeChanges(before, await snapshot())).toEqual([]);
  });

  it('the import saves a row’s contact person with legitimate interest as its basis; the database refuses one without', async () => {
    const job = await importAndWait(t, manager, {
      bytes: csv([
        ['Nama Mitra', 'Kab/Kota', 'Narahubung', 'No. HP', 'Email'],
        ['Sanggar Tari Kenanga', 'Kota Banjarbaru', 'Ibu Ratna Sari', '0813-5111-2222', 'ratna@kenanga.id'],
      ]),
      filename: 'mitra.csv',
    });
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    const imported = await t.deps.db
      .selectFrom('partner_contacts')
      .select(['legal_basis', 'consent_given_at', 'religion'])
      .where('name', '=', 'Ibu Ratna Sari')
      .execute();
    expect(imported).toEqual([
      { legal_basis: 'legitimate_interest', consent_given_at: null, religion: null },
    ]);

    const partner = await t.deps.db
      .selectFrom('partners')
      .select(['id', 'institution_id'])
      .where('id', '=', partnerId)
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await expect(
      t.deps.db
        .insertInto('partner_contacts')
        .values({
          id: newId(),
          institution_id: partner.institution_id,
          partner_id: partner.id,
          name: 'Tanpa Dasar',
          whatsapp: 0,
          legal_basis: null as unknown as string,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('after consent is withdrawn, the next export, message and invitation leave the person out', async () => {
    const partner = (await createPartnerVia(manager, { name: 'Galeri Sasirangan Cempaka' })).id;
    const soleContactPartner = (await createPartnerVia(manager, { name: 'Toko Benang Sejahtera' })).id;
    const withdrawing = await createContactVia(manager, partner, {
      name: 'Ibu Hj. Rusmini',
      phone: '0812-5123-4567',
      email: 'rusmini@cempaka.id',
      legalBasis: 'consent',
    });
    await createContactVia(manager, partner, {
      name: 'Bapak Andi Saputra',
      phone: '0813-5000-1234',
      email: 'andi@cempaka.id',
      legalBasis: 'contract',
      consent: null,
    });
    const sole = await createContactVia(manager, soleContactPartner, {
      name: 'Ibu Wulan Dari',
      phone: '0811-5222-3333',
      email: 'wulan@benang.id',
      legalBasis: 'consent',
    });
    const exported = (rows: Record<string, string>[], name: string) =>
      rows.find((row) => row['Nama Mitra'] === name)!;
    const beforeRows = await exportedRows(manager, 'csv');
    expect(exported(beforeRows, 'Galeri Sasirangan Cempaka')).toMatchObject({
      Narahubung: 'Ibu Hj. Rusmini',
      'No. HP/WA': '081251234567',
      Email: 'rusmini@cempaka.id',
    });

    for (const [partnerOf, contact] of [
      [partner, withdrawing.id],
      [soleContactPartner, sole.id],
    ] as const) {
      const withdrawn = await manager.request(
        'POST',
        `/api/v1/partners/${partnerOf}/contacts/${contact}/consent-withdrawal`,
      );
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    }

    for (const format of ['csv', 'xlsx'] as const) {
      const rows = await exportedRows(manager, format);
      const text = JSON.stringify([
        exported(rows, 'Galeri Sasirangan Cempaka'),
        exported(rows, 'Toko Benang Sejahtera'),
      ]);
      for (const detail of [
        'Rusmini',
        '081251234567',
        'rusmini@cempaka.id',
        'Wulan',
        '081152223333',
        'wulan@benang.id',
      ]) {
        expect(text, `${format}: ${detail}`).not.toContain(detail);
      }
      // The partner stays, reached through the contact kept on another basis, or through nobody.
      expect(exported(rows, 'Galeri Sasirangan Cempaka')).toMatchObject({
        Narahubung: 'Bapak Andi Saputra',
        Email: 'andi@cempaka.id',
      });
      expect(exported(rows, 'Toko Benang Sejahtera')).toMatchObject({
        Narahubung: '',
        'No. HP/WA': '',
        WhatsApp: '',
        Email: '',
      });
    }
    const listed = await manager.request('GET', '/api/v1/partners?limit=100');
    const primary = listed
      .json<{ items: { name: string; primaryContact: { name: string } | null }[] }>()
      .items.filter((item) => ['Galeri Sasirangan Cempaka', 'Toko Benang Sejahtera'].includes(item.name))
      .map((item) => item.primaryContact?.name ?? null);
    expect(primary.sort()).toEqual(['Bapak Andi Saputra', null]);

    const outgoingBefore = await snapshot();
    for (const purpose of ['greeting', 'follow_up'] as const) {
      const compose = { partnerId: partner, contactId: withdrawing.id, channel: 'whatsapp', purpose };
      const preview = await manager.request('POST', '/api/v1/messages/preview', compose);
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json().blockedBy).toBe('CONTACT_CONSENT_WITHDRAWN');
      const sent = await manager.request('POST', '/api/v1/messages', {
        ...compose,
        body: 'Selamat pagi, Ibu.',
      });
      expect(sent.statusCode).toBeGreaterThanOrEqual(400);
      expect(sent.statusCode).toBeLessThan(500);
      expect(sent.json().error.code).toBe('CONTACT_CONSENT_WITHDRAWN');
    }
    const feedback = await manager.request('POST', `/api/v1/partners/${partner}/feedback-requests`, {
      contactId: withdrawing.id,
    });
    expect(feedback.json().error.code).toBe('CONTACT_CONSENT_WITHDRAWN');
    expect(describeChanges(outgoingBefore, await snapshot())).toEqual([]);

    const day = 24 * 3_600_000;
    const gathering = await manager.request('POST', '/api/v1/gatherings', {
      title: 'Temu Mitra 2026',
      startsAt: new Date(t.clock.now().getTime() + 7 * day).toISOString(),
      endsAt: new Date(t.clock.now().getTime() + 7 * day + 3 * 3_600_000).toISOString(),
      place: 'Aula LKP',
    });
    const invited = await manager.request('POST', `/api/v1/gatherings/${gathering.json().id}/invitations`, {
      partnerIds: [partner, soleContactPartner],
      contactIds: [withdrawing.id, sole.id],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const invitations = invited.json<{
      items: { invitation: { partnerName: string; contactName: string | null }; whatsAppText: string }[];
    }>().items;
    expect(
      Object.fromEntries(
        invitations.map((item) => [item.invitation.partnerName, item.invitation.contactName]),
      ),
    ).toEqual({
      'Galeri Sasirangan Cempaka': 'Bapak Andi Saputra',
      'Toko Benang Sejahtera': null,
    });
    expect(JSON.stringify(invitations)).not.toMatch(/Rusmini|Wulan|5123-?4567|5222-?3333/);
  });
});
