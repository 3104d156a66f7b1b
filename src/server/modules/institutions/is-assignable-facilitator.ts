import type { Db } from '../../db/database';
import { findUserRow } from './users.repository';

/** Whether a user of this institution may be responsible for partners (active staff, not read-only). */
export async function isAssignableFacilitator(
  db: Db,
  institutionId: string,
  userId: string,
): Promise<boolean> {
  const user = await findUserRow(db, institutionId, userId);
  return Boolean(user && !user.disabled_at && ['admin', 'manager', 'facilitator'].includes(user.role));
}
