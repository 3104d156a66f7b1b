import type { z } from 'zod';
import type { updateWorkPlanRequestSchema, WorkPlan } from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getWorkPlan } from './get-work-plan';
import { findWorkPlanRowOfCycle, updateWorkPlanRow } from './work-plans.repository';

type UpdateInput = z.output<typeof updateWorkPlanRequestSchema>;

/** Renames the plan or moves it to another cycle year (one plan per year stays the rule). */
export async function updateWorkPlan(
  deps: AppDeps,
  principal: Principal,
  workPlanId: string,
  input: UpdateInput,
  requestId: string,
): Promise<WorkPlan> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const before = await getWorkPlan(trx, institutionId, workPlanId);
    if (input.cycleYear !== undefined && input.cycleYear !== before.cycleYear) {
      const taken = await findWorkPlanRowOfCycle(trx, institutionId, before.partnershipId, input.cycleYear);
      if (taken) throw new AppError('WORK_PLAN_EXISTS', { workPlanId: taken.id });
    }
    const changed = await updateWorkPlanRow(trx, institutionId, workPlanId, input.version, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.cycleYear !== undefined ? { cycle_year: input.cycleYear } : {}),
      updated_at: deps.clock.now().toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = await getWorkPlan(trx, institutionId, workPlanId);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'work_plan.updated',
        entityType: 'work_plan',
        entityId: workPlanId,
        before: { title: before.title, cycleYear: before.cycleYear, version: before.version },
        after: { title: after.title, cycleYear: after.cycleYear, version: after.version },
      },
    );
    return after;
  });
}
