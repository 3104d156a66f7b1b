import type { RegionList } from '../../../shared/contracts/regions';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { sortRegionsByName, toRegion } from './region-mappers';
import { findRegionRow, listRegionRowsByParent } from './regions.repository';

/** One level at a time: the provinces, or the children of `parentCode` (REGION_NOT_FOUND if unknown). */
export async function listRegions(db: Db, parentCode: string | undefined): Promise<RegionList> {
  if (parentCode !== undefined && !(await findRegionRow(db, parentCode))) {
    throw new AppError('REGION_NOT_FOUND');
  }
  const rows = await listRegionRowsByParent(db, parentCode ?? null);
  return { items: sortRegionsByName(rows.map(toRegion)) };
}
