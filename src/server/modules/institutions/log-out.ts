import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { endSessionRow } from './sessions.repository';

export async function logOut(deps: AppDeps, principal: Principal, requestId: string): Promise<void> {
  if (!principal.sessionId) return;
  const sessionId = principal.sessionId;
  await deps.db.transaction().execute(async (trx) => {
    const ended = await endSessionRow(trx, sessionId, deps.clock.now().toISOString());
    if (!ended) return;
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: principal.institutionId,
        action: 'auth.logout',
        entityType: 'user',
        entityId: principal.userId,
      },
    );
  });
}
