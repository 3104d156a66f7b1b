import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findActivityTitleOfPartnership } from './monitoring.repository';

/** A problem may name an activity only of its own partnership. */
export async function checkProblemActivity(
  db: Db,
  institutionId: string,
  partnershipId: string,
  activityId: string | null | undefined,
): Promise<void> {
  if (!activityId) return;
  if (!(await findActivityTitleOfPartnership(db, institutionId, partnershipId, activityId)))
    throw new AppError('PROBLEM_ACTIVITY_NOT_IN_PARTNERSHIP', { activityId });
}
