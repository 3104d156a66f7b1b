import type { z } from 'zod';
import type { Activity, createActivityRequestSchema } from '../../../shared/contracts/activities';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { insertActivityRow } from './activities.repository';
import { auditedActivity } from './activity-mappers';
import { activityRowValues } from './activity-row-values';
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
    await insertActivityRow(
      trx,
      activityRowValues(input, item, {
        id,
        institutionId,
        partnershipId,
        userId: principal.userId,
        at: deps.clock.now().toISOString(),
      }),
    );
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
