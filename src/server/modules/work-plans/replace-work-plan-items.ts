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
import {
  deleteWorkPlanItemRowsExcept,
  insertWorkPlanItemRows,
  updateWorkPlanItemRow,
  updateWorkPlanRow,
} from './work-plans.repository';

type ReplaceInput = z.output<typeof replaceWorkPlanItemsRequestSchema>;

/** What the partner saw is no longer the plan: their approval or pending review does not carry over. */
const reopened: ReadonlySet<WorkPlanStatus> = new Set(['approved', 'in_review']);

/** An id the plan does not hold is refused: it would otherwise silently become a new item. */
function checkKeptIds(ids: (string | undefined)[], stored: ReadonlySet<string>): void {
  const seen = new Set<string>();
  const problems = ids.flatMap((id, index) => {
    if (id === undefined) return [];
    const bad = !stored.has(id) || seen.has(id);
    seen.add(id);
    return bad ? [{ path: `items.${index}.id`, code: 'VALIDATION_FAILED' as const }] : [];
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { problems });
}

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
  const ids = input.items.map((item) => item.id);
  const items = checkWorkPlanItems(input.items.map(({ id: _id, ...fields }) => fields));
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
    checkKeptIds(ids, new Set(before.items.map((item) => item.id)));
    const kept = ids.filter((id): id is string => id !== undefined);
    await deleteWorkPlanItemRowsExcept(trx, institutionId, workPlanId, kept);
    const fresh = [];
    for (const [position, item] of items.entries()) {
      const id = ids[position];
      const row = toItemRow(item, { id: id ?? newId(), institutionId, workPlanId, position });
      if (id === undefined) fresh.push(row);
      else {
        const { id: _id, institution_id: _i, work_plan_id: _w, ...changes } = row;
        await updateWorkPlanItemRow(trx, institutionId, workPlanId, id, changes);
      }
    }
    await insertWorkPlanItemRows(trx, fresh);
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
