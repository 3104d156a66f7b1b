import type { Kysely, Transaction } from 'kysely';
import type { Database, IdempotencyKeysTable } from '../../db/schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** Inserts the key unless the institution already has it; true when this call inserted it. */
export async function insertIdempotencyKeyRow(
  trx: Transaction<Database>,
  row: IdempotencyKeysTable,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['institution_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findIdempotencyKeyRow(
  db: Executor,
  institutionId: string,
  key: string,
): Promise<IdempotencyKeysTable | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** The answer of the request that recorded the key (only that request's row is touched). */
export async function updateIdempotentResponse(
  db: Executor,
  row: { institutionId: string; key: string; requestId: string; status: number; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ response_status: row.status, response_body: row.body })
    .where('institution_id', '=', row.institutionId)
    .where('key', '=', row.key)
    .where('request_id', '=', row.requestId)
    .execute();
}

/** Keys recorded before `before` (ISO-8601), of one institution: through the (institution, created_at) index. */
export async function deleteIdempotencyKeysBefore(
  db: Executor,
  institutionId: string,
  before: string,
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('institution_id', '=', institutionId)
    .where('created_at', '<', before)
    .execute();
}

/** Drops the stored answers of an institution's keys; the keys stay, so a re-send is still not applied twice. */
export async function clearIdempotentResponseBodies(
  trx: Transaction<Database>,
  institutionId: string,
): Promise<number> {
  const result = await trx
    .updateTable('idempotency_keys')
    .set({ response_body: null })
    .where('institution_id', '=', institutionId)
    .where('response_body', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
