import { isWithinRegion } from '../../../shared/domain/region-code';
import type { Db } from '../../db/database';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { findRegionRow } from './region-report.repository';

/**
 * The region a district report may show: within one of a supervisor's codes (any for an admin),
 * and known to the regions table; anything else is "not found", like a region that does not exist.
 */
export async function resolveSupervisedRegion(
  db: Db,
  principal: Principal,
  code: string,
): Promise<{ code: string; name: string }> {
  const allowed =
    principal.role === 'admin' ||
    (principal.role === 'supervisor' &&
      principal.supervisedRegionCodes.some((prefix) => isWithinRegion(code, prefix)));
  if (!allowed) throw new AppError('REGION_NOT_FOUND');
  const region = await findRegionRow(db, code);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  return region;
}
