import { createHash } from 'node:crypto';
import { Migrator } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../tests/setup/test-app';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-databases';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain';
import { openDatabase, type DatabaseHandle } from './database';
import { migrateToLatest, migrations } from './migrate';

/** The chain as rows were written before 0024: the hash covered the payloads' text. */
function textChainedHash(row: (string | null)[], prevHash: string): string {
  return createHash('sha256')
    .update(JSON.stringify([...row, prevHash]))
    .digest('hex');
}

describeEachDatabase('migration 0024: a log written before it verifies after it', (dialect) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  it('re-chains the existing rows over payload digests, and then allows only redaction', async () => {
    database = await createTestDatabase(dialect);
    handle = openDatabase(database.target);
    const provider = { getMigrations: () => Promise.resolve(migrations) };
    const migrator = new Migrator({ db: handle.db, provider });
    const { error } = await migrator.migrateTo('0023_index_partner_tags_by_partner');
    expect(error).toBeUndefined();

    let prevHash = '0'.repeat(64);
    for (let i = 1; i <= 3; i += 1) {
      const fields = [
        `event-${i}`,
        null,
        null,
        'Penguji',
        'partner.created',
        'partner',
        `partner-${i}`,
        null,
        JSON.stringify({ name: `Mitra ${i}` }),
        `request-${i}`,
        `2026-01-0${i}T00:00:00.000Z`,
      ];
      const hash = textChainedHash(fields, prevHash);
      // The table as it was then: no digest columns yet.
      await handle.db
        .insertInto('audit_events')
        .values({
          id: fields[0]!,
          institution_id: null,
          actor_user_id: null,
          actor_name: 'Penguji',
          action: 'partner.created',
          entity_type: 'partner',
          entity_id: fields[6]!,
          before_json: null,
          after_json: fields[8]!,
          request_id: fields[9]!,
          occurred_at: fields[10]!,
          prev_hash: prevHash,
          hash,
        })
        .execute();
      prevHash = hash;
    }

    expect(await migrateToLatest(handle.db)).toContain('0024_make_audit_payloads_erasable');
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, checked: 3 });

    const update = (set: Record<string, string | null>) =>
      handle.db.updateTable('audit_events').set(set).where('id', '=', 'event-2').execute();
    await expect(update({ actor_name: 'Penyusup' })).rejects.toThrow(/append-only/);
    await expect(update({ after_json: '{"name":"Palsu"}' })).rejects.toThrow(/append-only/);
    await expect(
      update({ after_json: '{"name":"[dihapus]"}', redacted_at: '2026-02-01T00:00:00.000Z', action: 'x' }),
    ).rejects.toThrow(/append-only/);
    await update({ after_json: '{"name":"[dihapus]"}', redacted_at: '2026-02-01T00:00:00.000Z' });
    await expect(handle.db.deleteFrom('audit_events').where('id', '=', 'event-2').execute()).rejects.toThrow(
      /append-only/,
    );
    // The redaction holds the chain; no erasure row names it, so the verifier still reports it.
    expect(await verifyAuditChain(handle.db)).toMatchObject({
      ok: false,
      id: 'event-2',
      reason: 'REDACTION_UNACCOUNTED',
    });
  });
});
