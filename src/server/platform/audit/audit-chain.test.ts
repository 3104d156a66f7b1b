import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/setup/test-app';
import { createTestDatabase, type TestDatabase } from '../../../../tests/setup/test-databases';
import { openDatabase, type DatabaseHandle } from '../../db/database';
import type { Dialect } from '../../db/dialect-of';
import { migrateToLatest } from '../../db/migrate';
import { newId } from '../ids';
import { computeAuditHash, genesisHash, recordAuditEvent, type AuditEventInput } from './record-audit-event';
import { verifyAuditChain } from './verify-audit-chain';

function event(n: number): AuditEventInput {
  return {
    institutionId: 'inst-1',
    actor: { userId: 'user-1', name: 'Ibu Siti Rahmah' },
    action: 'partner.updated',
    entityType: 'partner',
    entityId: `partner-${n}`,
    before: n === 1 ? null : { name: `Mitra ${n - 1}` },
    after: { name: `Mitra ${n}` },
    requestId: `req-${n}`,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, 0, n)).toISOString(),
  };
}

describeEachDatabase('audit chain', (dialect: Dialect) => {
  const opened: { database: TestDatabase; handle: DatabaseHandle }[] = [];

  /** A fresh, migrated database holding `count` chained audit rows, each from its own transaction. */
  async function chainOf(count: number): Promise<DatabaseHandle> {
    const database = await createTestDatabase(dialect);
    const handle = openDatabase(database.target);
    opened.push({ database, handle });
    await migrateToLatest(handle.db);
    for (let n = 1; n <= count; n += 1) {
      await handle.db.transaction().execute((trx) => recordAuditEvent(trx, dialect, event(n)));
    }
    return handle;
  }

  async function dropTriggers(handle: DatabaseHandle): Promise<void> {
    if (dialect === 'postgres') {
      await sql`DROP TRIGGER audit_events_no_update ON audit_events`.execute(handle.db);
    } else {
      await sql`DROP TRIGGER audit_events_no_update`.execute(handle.db);
      await sql`DROP TRIGGER audit_events_no_delete`.execute(handle.db);
    }
  }

  afterAll(async () => {
    for (const { database, handle } of opened) {
      await handle.close();
      await database.drop();
    }
  });

  it('chains appended rows from the genesis hash and verifies them', async () => {
    const handle = await chainOf(5);
    const rows = await handle.db.selectFrom('audit_events').selectAll().orderBy('sequence').execute();
    expect(rows).toHaveLength(5);
    expect(rows[0]?.prev_hash).toBe(genesisHash);
    for (const [index, row] of rows.entries()) {
      expect(row.hash).toBe(computeAuditHash(row));
      if (index > 0) expect(row.prev_hash).toBe(rows[index - 1]?.hash);
    }
    expect(rows[2]).toMatchObject({
      actor_user_id: 'user-1',
      actor_name: 'Ibu Siti Rahmah',
      entity_id: 'partner-3',
      before_json: JSON.stringify({ name: 'Mitra 2' }),
      after_json: JSON.stringify({ name: 'Mitra 3' }),
      request_id: 'req-3',
    });
    expect(rows[0]?.before_json).toBeNull();
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: 5 });
  });

  it('verifies an empty chain', async () => {
    const handle = await chainOf(0);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: 0 });
  });

  it('refuses UPDATE and DELETE on audit_events', async () => {
    const handle = await chainOf(3);
    await expect(
      handle.db
        .updateTable('audit_events')
        .set({ after_json: '{"name":"palsu"}' })
        .where('sequence', '=', 2)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(handle.db.deleteFrom('audit_events').where('sequence', '=', 2).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(handle.db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
    if (dialect === 'postgres') {
      await expect(sql`TRUNCATE audit_events`.execute(handle.db)).rejects.toThrow(/append-only/);
    }
    const rows = await handle.db
      .selectFrom('audit_events')
      .select(['sequence', 'after_json'])
      .orderBy('sequence')
      .execute();
    expect(rows).toHaveLength(3);
    expect(rows[1]?.after_json).toBe(JSON.stringify({ name: 'Mitra 2' }));
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: 3 });
  });

  it('leaves no audit row when the transaction rolls back', async () => {
    const handle = await chainOf(2);
    const institutionId = newId();
    const now = new Date().toISOString();
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('institutions')
          .values({
            id: institutionId,
            name: 'LKP Gagal',
            kind: 'LKP',
            npsn: null,
            address: null,
            region_code: null,
            time_zone: 'WITA',
            operating_licence_number: null,
            operating_licence_issued_on: null,
            accreditation_body: null,
            accreditation_grade: null,
            accreditation_decree_number: null,
            accreditation_expires_on: null,
            unit_code: null,
            document_number_pattern: '{seq}',
            document_locale: 'id',
            logo_file_id: null,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await recordAuditEvent(trx, dialect, {
          ...event(3),
          institutionId,
          entityType: 'institution',
          entityId: institutionId,
        });
        throw new Error('boom after the audit row');
      }),
    ).rejects.toThrow('boom after the audit row');
    expect(await handle.db.selectFrom('institutions').select('id').execute()).toEqual([]);
    const audit = await handle.db
      .selectFrom('audit_events')
      .select('entity_id')
      .orderBy('sequence')
      .execute();
    expect(audit.map((r) => r.entity_id)).toEqual(['partner-1', 'partner-2']);
    await handle.db.transaction().execute((trx) => recordAuditEvent(trx, dialect, event(3)));
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: 3 });
  });

  it('finds a changed middle row: HASH_MISMATCH at its sequence', async () => {
    const handle = await chainOf(5);
    const rows = await handle.db
      .selectFrom('audit_events')
      .select(['sequence', 'id'])
      .orderBy('sequence')
      .execute();
    const middle = rows[2]!;
    await dropTriggers(handle);
    await handle.db
      .updateTable('audit_events')
      .set({ after_json: JSON.stringify({ name: 'Mitra palsu' }) })
      .where('sequence', '=', middle.sequence)
      .execute();
    expect(await verifyAuditChain(handle.db)).toEqual({
      ok: false,
      checked: 2,
      sequence: middle.sequence,
      id: middle.id,
      reason: 'HASH_MISMATCH',
    });
  });

  it('finds a changed row whose hash was recomputed: CHAIN_BROKEN at the next row', async () => {
    const handle = await chainOf(4);
    const rows = await handle.db.selectFrom('audit_events').selectAll().orderBy('sequence').execute();
    const target = rows[1]!;
    await dropTriggers(handle);
    const forged = { ...target, actor_name: 'Orang Lain' };
    await handle.db
      .updateTable('audit_events')
      .set({ actor_name: forged.actor_name, hash: computeAuditHash(forged) })
      .where('sequence', '=', target.sequence)
      .execute();
    const verdict = await verifyAuditChain(handle.db);
    expect(verdict).toMatchObject({
      ok: false,
      sequence: rows[2]!.sequence,
      reason: 'CHAIN_BROKEN',
      checked: 2,
    });
  });

  it('finds a deleted middle row: CHAIN_BROKEN at the next row', async () => {
    const handle = await chainOf(5);
    const rows = await handle.db
      .selectFrom('audit_events')
      .select(['sequence', 'id'])
      .orderBy('sequence')
      .execute();
    await dropTriggers(handle);
    await handle.db.deleteFrom('audit_events').where('sequence', '=', rows[2]!.sequence).execute();
    expect(await verifyAuditChain(handle.db)).toEqual({
      ok: false,
      checked: 2,
      sequence: rows[3]!.sequence,
      id: rows[3]!.id,
      reason: 'CHAIN_BROKEN',
    });
  });

  it('keeps the chain valid under 20 concurrent writers', async () => {
    const handle = await chainOf(1);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        handle.db.transaction().execute(async (trx) => {
          await recordAuditEvent(trx, dialect, event(100 + i));
          // Hold the transaction open a little so writers overlap.
          await sql`SELECT 1`.execute(trx);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const rows = await handle.db.selectFrom('audit_events').select(['prev_hash', 'entity_id']).execute();
    expect(rows).toHaveLength(21);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(21);
    expect(new Set(rows.map((r) => r.entity_id)).size).toBe(21);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: 21 });
  });
});
