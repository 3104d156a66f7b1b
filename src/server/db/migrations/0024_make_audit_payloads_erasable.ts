import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';

/** Every column but the two payloads is unchanged, and the row is marked redacted. */
const onlyRedaction = sql.raw(`NEW.redacted_at IS NOT NULL
  AND NEW.sequence = OLD.sequence AND NEW.id = OLD.id
  AND NEW.institution_id IS NOT DISTINCT FROM OLD.institution_id
  AND NEW.actor_user_id IS NOT DISTINCT FROM OLD.actor_user_id
  AND NEW.actor_name IS NOT DISTINCT FROM OLD.actor_name
  AND NEW.action = OLD.action AND NEW.entity_type = OLD.entity_type
  AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
  AND NEW.before_sha256 IS NOT DISTINCT FROM OLD.before_sha256
  AND NEW.after_sha256 IS NOT DISTINCT FROM OLD.after_sha256
  AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
  AND NEW.occurred_at = OLD.occurred_at
  AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash`);

/**
 * Erasing a person (UU PDP) must reach the audit log's before/after payloads, yet the log stays
 * append-only and hash-chained (ADR 0030). The chain now covers each payload's SHA-256 instead of
 * its text, so a payload can be replaced by its redacted form without breaking the chain; the one
 * UPDATE the triggers allow is that replacement, marked by `redacted_at`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  if (dialect === 'postgres') {
    await sql`DROP TRIGGER audit_events_no_update ON audit_events`.execute(db);
  } else {
    await sql`DROP TRIGGER audit_events_no_update`.execute(db);
  }
  await db.schema.alterTable('audit_events').addColumn('before_sha256', 'text').execute();
  await db.schema.alterTable('audit_events').addColumn('after_sha256', 'text').execute();
  await db.schema.alterTable('audit_events').addColumn('redacted_at', 'text').execute();
  await rechainWithPayloadDigests(db);

  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION audit_events_redaction_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND ${onlyRedaction} THEN RETURN NEW; END IF;
        RAISE EXCEPTION 'audit_events is append-only';
      END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_redaction_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
      WHEN NOT (${onlyRedaction})
      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`.execute(db);
  }
}

const sha256 = (text: string | null) =>
  text === null ? null : createHash('sha256').update(text).digest('hex');

/** The chain as it was written before this migration, recomputed in the digest form (frozen here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function rechainWithPayloadDigests(db: Kysely<any>): Promise<void> {
  let prevHash = '0'.repeat(64);
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(1000)
      .execute();
    for (const row of rows) {
      const beforeSha = sha256(row.before_json as string | null);
      const afterSha = sha256(row.after_json as string | null);
      const canonical = JSON.stringify([
        row.id,
        row.institution_id,
        row.actor_user_id,
        row.actor_name,
        row.action,
        row.entity_type,
        row.entity_id,
        beforeSha,
        afterSha,
        row.request_id,
        row.occurred_at,
        prevHash,
      ]);
      const hash = createHash('sha256').update(canonical).digest('hex');
      await db
        .updateTable('audit_events')
        .set({ before_sha256: beforeSha, after_sha256: afterSha, prev_hash: prevHash, hash })
        .where('sequence', '=', row.sequence)
        .execute();
      prevHash = hash;
      after = Number(row.sequence);
    }
    if (rows.length < 1000) return;
  }
}
