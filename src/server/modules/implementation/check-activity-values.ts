import type { ErrorCode } from '../../../shared/contracts/common';
import type { ActivityStatus } from '../../../shared/domain/activity-vocabulary';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findPlanItemRow, type PlanItemRow } from './activities.repository';

export interface ActivityRuleValues {
  workPlanItemId: string | null;
  status: ActivityStatus;
  startedOn: string | null;
  endedOn: string | null;
}

/** The same shape a zod refine's answer has, so a form places the message by its field. */
function refuse(code: ErrorCode, field: string): never {
  throw new AppError(code, [{ path: ['body', field], code: 'custom', message: code }]);
}

/**
 * The rules across an activity's fields, checked on the values it will have (after a partial
 * edit too): its item belongs to this partnership's plans, it ends after it starts, and a done
 * activity says when it ran. Returns the item, or null for an unplanned activity.
 */
export async function checkActivityValues(
  db: Db,
  institutionId: string,
  partnershipId: string,
  values: ActivityRuleValues,
): Promise<PlanItemRow | null> {
  const item = values.workPlanItemId
    ? await findPlanItemRow(db, institutionId, partnershipId, values.workPlanItemId)
    : null;
  if (values.workPlanItemId && !item) refuse('ACTIVITY_ITEM_NOT_IN_PARTNERSHIP', 'workPlanItemId');
  if (values.startedOn && values.endedOn && values.endedOn < values.startedOn)
    refuse('ACTIVITY_PERIOD_INVALID', 'endedOn');
  if (values.status === 'done') {
    if (!values.startedOn) refuse('ACTIVITY_DATES_REQUIRED', 'startedOn');
    if (!values.endedOn) refuse('ACTIVITY_DATES_REQUIRED', 'endedOn');
  }
  return item ?? null;
}
