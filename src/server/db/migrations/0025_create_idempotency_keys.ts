import type { Kysely } from 'kysely';

/**
 * Exactly-once POSTs (ADR 0032): a phone re-sends what it queued offline with the same
 * `Idempotency-Key`, and the server answers the first result again instead of recording twice.
 * The row is written inside the use case's own transaction (with its first audit row), so a
 * committed change always has its key, even when the process dies before the answer is stored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // the client's key, ^[A-Za-z0-9_.:-]{8,120}$
    .addColumn('key', 'text', (c) => c.notNull())
    // method and route pattern, e.g. "POST /interactions/:id/attachments"
    .addColumn('route', 'text', (c) => c.notNull())
    // SHA-256 hex of the canonical params, query, body fields and uploaded files' digests
    .addColumn('request_digest', 'text', (c) => c.notNull())
    // the request that applied the change
    .addColumn('request_id', 'text', (c) => c.notNull())
    // what its first audit row named, for the answer when the stored response is missing
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    // the answer, stored after the commit: null while in flight, after a crash, or once erased
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['institution_id', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_institution_created')
    .on('idempotency_keys')
    .columns(['institution_id', 'created_at'])
    .execute();
}
