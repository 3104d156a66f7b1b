import type { Db } from '../../db/database';
import { countStartedActivityRows } from './activities.repository';

/** The `activity_recorded` gate's fact: activities of the partnership under way or done. */
export function countActivitiesOfPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<number> {
  return countStartedActivityRows(db, institutionId, partnershipId);
}
