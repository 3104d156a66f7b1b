import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { Dialect } from '../../db/dialect-of';
import { newId } from '../ids';

export const genesisHash = '0'.repeat(64);

export interface AuditActor {
  userId: string | null;
  name: string | null;
}

export interface AuditEventInput {
  institutionId: string | null;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId: string | null;
  occurredAt: string;
}

export interface ChainedFields {
  id: string;
  institution_id: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  before_sha256: string | null;
  after_sha256: string | null;
  request_id: string | null;
  occurred_at: string;
  prev_hash: string;
}

export function payloadDigest(json: string | null): string | null {
  return json === null ? null : createHash('sha256').update(json).digest('hex');
}

/**
 * The chain covers each payload's digest rather than its text, so erasure can redact a payload and
 * the chain still holds (ADR 0030); the verifier checks unredacted payloads against their digests.
 */
export function computeAuditHash(row: ChainedFields): string {
  const canonical = JSON.stringify([
    row.id,
    row.institution_id,
    row.actor_user_id,
    row.actor_name,
    row.action,
    row.entity_type,
    row.entity_id,
    row.before_sha256,
    row.after_sha256,
    row.request_id,
    row.occurred_at,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

const auditLockKey = 7_263_001;

/**
 * Appends one row to the hash chain inside the caller's transaction, so the change and its audit
 * row commit or roll back together. On PostgreSQL an advisory lock orders concurrent writers; on
 * SQLite the write transaction already does.
 */
export async function recordAuditEvent(
  trx: Transaction<Database> | Kysely<Database>,
  dialect: Dialect,
  event: AuditEventInput,
): Promise<void> {
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${auditLockKey})`.execute(trx);
  const head = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  const beforeJson =
    event.before === undefined || event.before === null ? null : JSON.stringify(event.before);
  const afterJson = event.after === undefined || event.after === null ? null : JSON.stringify(event.after);
  const fields: ChainedFields = {
    id: newId(),
    institution_id: event.institutionId,
    actor_user_id: event.actor.userId,
    actor_name: event.actor.name,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    before_json: beforeJson,
    after_json: afterJson,
    before_sha256: payloadDigest(beforeJson),
    after_sha256: payloadDigest(afterJson),
    request_id: event.requestId,
    occurred_at: event.occurredAt,
    prev_hash: head?.hash ?? genesisHash,
  };
  await trx
    .insertInto('audit_events')
    .values({ ...fields, hash: computeAuditHash(fields) })
    .execute();
}
