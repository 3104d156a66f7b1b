import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../auth/principal';
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

/** The one way use cases write audit rows: inside their own transaction, actor and request attached. */
export function writeAudit(
  trx: Transaction<Database>,
  deps: AppDeps,
  origin: AuditOrigin,
  fact: AuditFact,
): Promise<void> {
  return recordAuditEvent(trx, deps.dialect, {
    ...fact,
    actor: { userId: origin.principal?.userId ?? null, name: origin.principal?.userName ?? null },
    requestId: origin.requestId,
    occurredAt: deps.clock.now().toISOString(),
  });
}
