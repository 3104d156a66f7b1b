import type { WorkPlanStatus } from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { revokePublicLinks } from '../../platform/links/public-links';
import { getWorkPlan } from './get-work-plan';
import { workPlanReviewPurpose } from './issue-review-link';
import { deleteWorkPlanRow } from './work-plans.repository';

/** What the partner is looking at, or has agreed to, is not deleted from under them. */
const deletable: ReadonlySet<WorkPlanStatus> = new Set(['draft', 'changes_requested']);

export async function deleteWorkPlan(
  deps: AppDeps,
  principal: Principal,
  workPlanId: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const before = await getWorkPlan(trx, institutionId, workPlanId);
    if (!deletable.has(before.status)) throw new AppError('WORK_PLAN_APPROVED', { status: before.status });
    if (!(await deleteWorkPlanRow(trx, institutionId, workPlanId, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await revokePublicLinks(
      trx,
      { institutionId, purpose: workPlanReviewPurpose, subjectId: workPlanId },
      now,
    );
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'work_plan.deleted', entityType: 'work_plan', entityId: workPlanId, before },
    );
  });
}
