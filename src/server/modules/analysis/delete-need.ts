import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getNeed } from './get-need';
import { countNeedDecisions, deleteNeedRow } from './needs.repository';

/** Only a need nobody decided on may go: decisions are history, so such a need is dropped instead. */
export async function deleteNeed(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const before = await getNeed(trx, institutionId, id);
    const decisionCount = await countNeedDecisions(trx, institutionId, id);
    if (decisionCount > 0) throw new AppError('NEED_HAS_DECISIONS', { decisionCount });
    await deleteNeedRow(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'need.deleted', entityType: 'need', entityId: id, before },
    );
  });
}
