import type { z } from 'zod';
import type { createEvaluationRequestSchema, Evaluation } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { activitiesByItem } from './evaluation-mappers';
import {
  findEvaluationRowOfCycle,
  findWorkPlanOfCycle,
  insertEvaluationItemRows,
  insertEvaluationRow,
  listActivitiesOfItems,
  listPlanItemRows,
} from './evaluations.repository';
import { checkPartnership, getEvaluation } from './get-evaluation';
import { suggestOutcome } from './suggest-outcome';

/**
 * Starts the joint evaluation of a cycle (guide step 9): every item of that cycle's plan, each with
 * the outcome its recorded activities suggest, for both parties to confirm or correct.
 */
export async function createEvaluation(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  input: z.output<typeof createEvaluationRequestSchema>,
  requestId: string,
): Promise<Evaluation> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    await checkPartnership(trx, institutionId, partnershipId);
    const existing = await findEvaluationRowOfCycle(trx, institutionId, partnershipId, input.cycleYear);
    if (existing) throw new AppError('EVALUATION_EXISTS', { evaluationId: existing.id });
    const plan = await findWorkPlanOfCycle(trx, institutionId, partnershipId, input.cycleYear);
    if (!plan) throw new AppError('EVALUATION_PLAN_MISSING', { cycleYear: input.cycleYear });
    const planItems = await listPlanItemRows(trx, institutionId, plan.id);
    const activities = activitiesByItem(
      await listActivitiesOfItems(
        trx,
        institutionId,
        planItems.map((item) => item.id),
      ),
    );
    const id = newId();
    const stamp = deps.clock.now().toISOString();
    await insertEvaluationRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      work_plan_id: plan.id,
      cycle_year: input.cycleYear,
      version: 1,
      created_by_user_id: principal.userId,
      created_at: stamp,
      updated_at: stamp,
    });
    await insertEvaluationItemRows(
      trx,
      planItems.map((item, position) => ({
        id: newId(),
        institution_id: institutionId,
        evaluation_id: id,
        work_plan_item_id: item.id,
        position,
        activity: item.activity,
        outcome: suggestOutcome(activities.get(item.id) ?? []),
        goal_reached: 'no',
        note: null,
      })),
    );
    const evaluation = await getEvaluation(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.created',
        entityType: 'evaluation',
        entityId: id,
        after: {
          partnershipId,
          cycleYear: input.cycleYear,
          workPlanId: plan.id,
          items: evaluation.items.map((item) => ({ id: item.id, outcome: item.outcome })),
        },
      },
    );
    return evaluation;
  });
}
