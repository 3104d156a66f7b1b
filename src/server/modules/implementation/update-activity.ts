import type { z } from 'zod';
import type { Activity, updateActivityRequestSchema } from '../../../shared/contracts/activities';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { updateActivityRow } from './activities.repository';
import { auditedActivity } from './activity-mappers';
import { checkActivityValues } from './check-activity-values';
import { getActivity } from './list-activities';

type UpdateInput = z.output<typeof updateActivityRequestSchema>;

/** Changes the fields sent (`version` as read, 409 when stale); the rules are checked on the result. */
export async function updateActivity(
  deps: AppDeps,
  principal: Principal,
  activityId: string,
  input: UpdateInput,
  requestId: string,
): Promise<Activity> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const before = await getActivity(trx, institutionId, activityId);
    const itemChanged = input.workPlanItemId !== undefined;
    const item = await checkActivityValues(trx, institutionId, before.partnershipId, {
      workPlanItemId: itemChanged ? (input.workPlanItemId ?? null) : (before.planItem?.id ?? null),
      status: input.status ?? before.status,
      startedOn: input.startedOn !== undefined ? input.startedOn : before.startedOn,
      endedOn: input.endedOn !== undefined ? input.endedOn : before.endedOn,
    });
    const changed = await updateActivityRow(trx, institutionId, activityId, input.version, {
      ...(itemChanged
        ? { work_plan_item_id: item?.id ?? null, work_plan_id: item?.work_plan_id ?? null }
        : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.carriedOutBy !== undefined ? { carried_out_by: input.carriedOutBy } : {}),
      ...(input.startedOn !== undefined ? { started_on: input.startedOn } : {}),
      ...(input.endedOn !== undefined ? { ended_on: input.endedOn } : {}),
      ...(input.actualQuantity !== undefined ? { actual_quantity: input.actualQuantity } : {}),
      ...(input.outcomeKind !== undefined ? { outcome_kind: input.outcomeKind } : {}),
      ...(input.outputs !== undefined ? { outputs: input.outputs } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.institutionSpentRupiah !== undefined
        ? { institution_spent_rupiah: input.institutionSpentRupiah }
        : {}),
      ...(input.partnerSpentRupiah !== undefined ? { partner_spent_rupiah: input.partnerSpentRupiah } : {}),
      updated_at: deps.clock.now().toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = await getActivity(trx, institutionId, activityId);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'activity.updated',
        entityType: 'activity',
        entityId: activityId,
        before: auditedActivity(before),
        after: auditedActivity(after),
      },
    );
    return after;
  });
}
