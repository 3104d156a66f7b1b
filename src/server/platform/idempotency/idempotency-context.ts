import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../http/app-error';
import { findIdempotencyKeyRow, insertIdempotencyKeyRow } from './idempotency-keys.repository';

/** What an opted-in request's key row records (ADR 0032). */
export interface IdempotencyFacts {
  institutionId: string;
  userId: string;
  key: string;
  /** Method and route pattern: `POST /interactions/:id/attachments`. */
  route: string;
  requestDigest: string;
  requestId: string;
}

interface Scope {
  facts: IdempotencyFacts;
  /** False once the handler has returned: work it left running records no key. */
  open: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();
const recordedIn = new WeakSet<Transaction<Database>>();

/** Runs an opted-in route's handler with its key facts in reach of `writeAudit`. */
export async function runWithIdempotencyKey<T>(facts: IdempotencyFacts, work: () => Promise<T>): Promise<T> {
  const scope: Scope = { facts, open: true };
  try {
    return await scopes.run(scope, work);
  } finally {
    scope.open = false;
  }
}

/**
 * Called by `writeAudit` before each audit row: inside an opted-in request, the first audit row of
 * each transaction also records the key, so the change and its key commit or roll back together
 * (a crash after the commit still leaves the key). Another request's key (a concurrent send that
 * won) throws IDEMPOTENCY_KEY_IN_USE, rolling this transaction back: never a second record.
 */
export async function recordIdempotencyKeyWithin(
  trx: Transaction<Database>,
  createdAt: string,
  fact: { institutionId: string | null; entityType: string; entityId: string | null },
): Promise<void> {
  const scope = scopes.getStore();
  if (!scope?.open || recordedIn.has(trx)) return;
  const { facts } = scope;
  if (fact.institutionId !== facts.institutionId) return;
  recordedIn.add(trx);
  const inserted = await insertIdempotencyKeyRow(trx, {
    institution_id: facts.institutionId,
    user_id: facts.userId,
    key: facts.key,
    route: facts.route,
    request_digest: facts.requestDigest,
    request_id: facts.requestId,
    entity_type: fact.entityType,
    entity_id: fact.entityId,
    response_status: null,
    response_body: null,
    created_at: createdAt,
  });
  if (inserted) return;
  const holder = await findIdempotencyKeyRow(trx, facts.institutionId, facts.key);
  // The same request in a second transaction of its use case: its key is already there.
  if (holder?.request_id === facts.requestId) return;
  throw new AppError('IDEMPOTENCY_KEY_IN_USE');
}
