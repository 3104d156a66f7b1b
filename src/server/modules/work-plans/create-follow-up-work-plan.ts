import type { Transaction } from 'kysely';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { getWorkPlan, getWorkPlanRow, listWorkPlanItems } from './get-work-plan';
import { shiftWorkPlanItems } from './shift-work-plan-items';
import { toDomainItem, toItemRow } from './work-plan-mappers';
import { findWorkPlanRowOfCycle, insertWorkPlanRow, replaceWorkPlanItemRows } from './work-plans.repository';

export interface FollowUpWorkPlanInput {
  sourceWorkPlanId: string;
  /** The evaluation's note for each of the source plan's items, by the item's id. */
  notes: ReadonlyMap<string, string | null>;
}

/**
 * Next cycle's plan from this cycle's (guide step 11): the same items a year on, each carrying the
 * note its evaluation left, inside the caller's transaction so the evaluation records it too.
 */
export async function createFollowUpWorkPlanWithin(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  input: FollowUpWorkPlanInput,
  requestId: string,
): Promise<WorkPlan> {
  const institutionId = principal.institutionId;
  const source = await getWorkPlanRow(trx, institutionId, input.sourceWorkPlanId);
  const cycleYear = source.cycle_year + 1;
  const existing = await findWorkPlanRowOfCycle(trx, institutionId, source.partnership_id, cycleYear);
  if (existing) throw new AppError('WORK_PLAN_EXISTS', { workPlanId: existing.id });
  const sourceItems = await listWorkPlanItems(trx, institutionId, source.id);
  const shifted = shiftWorkPlanItems(sourceItems.map(toDomainItem), 1);
  const id = newId();
  const stamp = deps.clock.now().toISOString();
  const title = source.title.includes(String(source.cycle_year))
    ? source.title.replaceAll(String(source.cycle_year), String(cycleYear))
    : `${source.title} ${cycleYear}`;
  await insertWorkPlanRow(trx, {
    id,
    institution_id: institutionId,
    partnership_id: source.partnership_id,
    cycle_year: cycleYear,
    title,
    status: 'draft',
    approved_at: null,
    approved_by_name: null,
    approved_by_position: null,
    version: 1,
    created_by_user_id: principal.userId,
    created_at: stamp,
    updated_at: stamp,
  });
  await replaceWorkPlanItemRows(
    trx,
    institutionId,
    id,
    shifted.map((item, position) => ({
      ...toItemRow(item, { id: newId(), institutionId, workPlanId: id, position }),
      evaluation_note: input.notes.get(sourceItems[position]!.id) ?? null,
    })),
  );
  const plan = await getWorkPlan(trx, institutionId, id);
  await writeAudit(
    trx,
    deps,
    { principal, requestId },
    {
      institutionId,
      action: 'work_plan.created',
      entityType: 'work_plan',
      entityId: id,
      after: { ...plan, copiedFromWorkPlanId: source.id, fromEvaluation: true },
    },
  );
  return plan;
}
