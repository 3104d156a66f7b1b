import type { z } from 'zod';
import type { createWorkPlanRequestSchema, WorkPlan } from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { checkWorkPlanItems } from './check-work-plan-items';
import { checkPartnership, getWorkPlan, getWorkPlanRow, listWorkPlanItems } from './get-work-plan';
import { shiftWorkPlanItems } from './shift-work-plan-items';
import { toDomainItem, toItemRow } from './work-plan-mappers';
import { findWorkPlanRowOfCycle, insertWorkPlanRow, replaceWorkPlanItemRows } from './work-plans.repository';

type CreateInput = z.output<typeof createWorkPlanRequestSchema>;

/**
 * Starts the partnership's plan for a cycle year (guide step 5), empty, with items, or from an
 * earlier plan of the same partnership moved to the new year (step 11).
 */
export async function createWorkPlan(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  input: CreateInput,
  requestId: string,
): Promise<WorkPlan> {
  const institutionId = principal.institutionId;
  await checkPartnership(deps.db, institutionId, partnershipId);
  const given = checkWorkPlanItems(input.items);
  let copied: ReturnType<typeof shiftWorkPlanItems> = [];
  if (input.copyFromWorkPlanId) {
    const source = await getWorkPlanRow(deps.db, institutionId, input.copyFromWorkPlanId);
    if (source.partnership_id !== partnershipId) throw new AppError('WORK_PLAN_NOT_FOUND');
    const sourceItems = await listWorkPlanItems(deps.db, institutionId, source.id);
    copied = shiftWorkPlanItems(sourceItems.map(toDomainItem), input.cycleYear - source.cycle_year);
  }
  const existing = await findWorkPlanRowOfCycle(deps.db, institutionId, partnershipId, input.cycleYear);
  if (existing) throw new AppError('WORK_PLAN_EXISTS', { workPlanId: existing.id });
  const id = newId();
  const stamp = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertWorkPlanRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      cycle_year: input.cycleYear,
      title: input.title,
      status: 'draft',
      approved_at: null,
      approved_by_name: null,
      approved_by_position: null,
      version: 1,
      created_by_user_id: principal.userId,
      created_at: stamp,
      updated_at: stamp,
    });
    const items = [...copied, ...given];
    await replaceWorkPlanItemRows(
      trx,
      institutionId,
      id,
      items.map((item, position) =>
        toItemRow(item, { id: newId(), institutionId, workPlanId: id, position }),
      ),
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
        after: { ...plan, copiedFromWorkPlanId: input.copyFromWorkPlanId ?? null },
      },
    );
    return plan;
  });
}
