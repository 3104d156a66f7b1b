import type { z } from 'zod';
import type { Activity, createActivityRequestSchema } from '../../../shared/contracts/activities';
import { outcomeKindOfTarget } from '../../../shared/domain/outcome-kind-of-target';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { insertActivityRow } from './activities.repository';
import { auditedActivity } from './activity-mappers';
import { checkActivityValues } from './check-activity-values';
import { getActivity, requirePartnership } from './list-activities';

type CreateInput = z.output<typeof createActivityRequestSchema>;

/** Records what was done, against a plan item or outside the plan (then flagged as unplanned). */
export async function createActivity(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  input: CreateInput,
  requestId: string,
): Promise<Activity> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    await requirePartnership(trx, institutionId, partnershipId);
    const item = await checkActivityValues(trx, institutionId, partnershipId, {
      workPlanItemId: input.workPlanItemId ?? null,
      status: input.status,
      startedOn: input.startedOn ?? null,
      endedOn: input.endedOn ?? null,
    });
    const id = newId();
    const now = deps.clock.now().toISOString();
    await insertActivityRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      work_plan_id: item?.work_plan_id ?? null,
      work_plan_item_id: item?.id ?? null,
      title: input.title,
      status: input.status,
      carried_out_by:
        input.carriedOutBy ??
        (item?.responsible_party as Activity['carriedOutBy'] | undefined) ??
        'institution',
      started_on: input.startedOn ?? null,
      ended_on: input.endedOn ?? null,
      actual_quantity: input.actualQuantity ?? null,
      outcome_kind:
        input.outcomeKind ??
        (item
          ? outcomeKindOfTarget({ unit: item.target_unit, description: item.target_description })
          : 'other'),
      outputs: input.outputs ?? null,
      notes: input.notes ?? null,
      institution_spent_rupiah: input.institutionSpentRupiah ?? 0,
      partner_spent_rupiah: input.partnerSpentRupiah ?? 0,
      version: 1,
      created_by_user_id: principal.userId,
      created_at: now,
      updated_at: now,
    });
    const activity = await getActivity(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'activity.created',
        entityType: 'activity',
        entityId: id,
        after: auditedActivity(activity),
      },
    );
    return activity;
  });
}
