import type { FollowUpResult } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { createFollowUpWorkPlanWithin } from '../work-plans/index';
import { listEvaluationItemRows, updateEvaluationRow, type EvaluationRow } from './evaluations.repository';
import { getEvaluation, getEvaluationRow } from './get-evaluation';

export function checkContinuing(row: EvaluationRow): void {
  if (row.decision !== 'continue' && row.decision !== 'continue_with_changes')
    throw new AppError('EVALUATION_NOT_CONTINUING', { decision: row.decision });
}

/**
 * Next cycle's joint plan (guide step 11) from the evaluated plan, each item carrying the note of
 * its evaluation; the evaluation keeps which plan it led to.
 */
export async function createNextWorkPlan(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<FollowUpResult> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, id);
    checkContinuing(row);
    if (row.next_work_plan_id) throw new AppError('EVALUATION_FOLLOW_UP_DONE', { id: row.next_work_plan_id });
    if (!row.work_plan_id) throw new AppError('EVALUATION_PLAN_MISSING', { cycleYear: row.cycle_year });
    const items = await listEvaluationItemRows(trx, institutionId, id);
    const notes = new Map(
      items.flatMap((item) => (item.work_plan_item_id ? [[item.work_plan_item_id, item.note] as const] : [])),
    );
    const plan = await createFollowUpWorkPlanWithin(
      trx,
      deps,
      principal,
      { sourceWorkPlanId: row.work_plan_id, notes },
      requestId,
    );
    const changed = await updateEvaluationRow(trx, institutionId, id, row.version, {
      next_work_plan_id: plan.id,
      updated_at: deps.clock.now().toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.next_work_plan_created',
        entityType: 'evaluation',
        entityId: id,
        before: { nextWorkPlanId: null, version: row.version },
        after: { nextWorkPlanId: plan.id, cycleYear: plan.cycleYear, version: row.version + 1 },
      },
    );
    return { evaluation: await getEvaluation(trx, institutionId, id), createdId: plan.id };
  });
}
