import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../auth/principal';
import { recordIdempotencyKeyWithin } from '../idempotency/idempotency-context';
import { recordAuditEvent } from './record-audit-event';

export interface AuditFact {
  institutionId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditOrigin {
  principal: Pick<Principal, 'userId' | 'userName'> | null;
  requestId: string | null;
}

/**
 * The one way use cases write audit rows: inside their own transaction, actor and request attached.
 * Inside a request with an `Idempotency-Key`, the transaction's first audit row also records the key
 * (ADR 0032), so the change cannot commit without it.
 */
export async function writeAudit(
  trx: Transaction<Database>,
  deps: AppDeps,
  origin: AuditOrigin,
  fact: AuditFact,
): Promise<void> {
  const occurredAt = deps.clock.now().toISOString();
  await recordIdempotencyKeyWithin(trx, occurredAt, fact);
  await recordAuditEvent(trx, deps.dialect, {
    ...fact,
    actor: { userId: origin.principal?.userId ?? null, name: origin.principal?.userName ?? null },
    requestId: origin.requestId,
    occurredAt,
  });
}
