import type { z } from 'zod';
import type {
  replaceWorkPlanItemsRequestSchema,
  WorkPlan,
  WorkPlanStatus,
} from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { checkWorkPlanItems } from './check-work-plan-items';
import { getWorkPlan } from './get-work-plan';
import { toItemRow } from './work-plan-mappers';
import { replaceWorkPlanItemRows, updateWorkPlanRow } from './work-plans.repository';

type ReplaceInput = z.output<typeof replaceWorkPlanItemsRequestSchema>;

/** What the partner saw is no longer the plan: their approval or pending review does not carry over. */
const reopened: ReadonlySet<WorkPlanStatus> = new Set(['approved', 'in_review']);

/**
 * Replaces the whole item list, checked whole: one broken item refuses all and writes nothing.
 * Changing a plan under review or approved puts it back to draft, so the partner approves again.
 */
export async function replaceWorkPlanItems(
  deps: AppDeps,
  principal: Principal,
  workPlanId: string,
  input: ReplaceInput,
  requestId: string,
): Promise<WorkPlan> {
  const institutionId = principal.institutionId;
  const items = checkWorkPlanItems(input.items);
  return deps.db.transaction().execute(async (trx) => {
    const before = await getWorkPlan(trx, institutionId, workPlanId);
    const backToDraft = reopened.has(before.status);
    const changed = await updateWorkPlanRow(trx, institutionId, workPlanId, input.version, {
      updated_at: deps.clock.now().toISOString(),
      ...(backToDraft
        ? { status: 'draft', approved_at: null, approved_by_name: null, approved_by_position: null }
        : {}),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await replaceWorkPlanItemRows(
      trx,
      institutionId,
      workPlanId,
      items.map((item, position) => toItemRow(item, { id: newId(), institutionId, workPlanId, position })),
    );
    const after = await getWorkPlan(trx, institutionId, workPlanId);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'work_plan.items_replaced',
        entityType: 'work_plan',
        entityId: workPlanId,
        before: { status: before.status, version: before.version, items: before.items },
        after: {
          status: after.status,
          version: after.version,
          items: after.items,
          ...(backToDraft ? { returnedToDraftFrom: before.status } : {}),
        },
      },
    );
    return after;
  });
}
