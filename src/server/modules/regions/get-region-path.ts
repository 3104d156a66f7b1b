import type { Region, RegionWithPath } from '../../../shared/contracts/regions';
import { ancestorCodesOf } from '../../../shared/domain/region-code';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { toRegion } from './region-mappers';
import { findRegionRow, listRegionRowsByCodes } from './regions.repository';

/** A region and its ancestors, province first; REGION_NOT_FOUND for an unknown code. */
export async function getRegionPath(db: Db, code: string): Promise<RegionWithPath> {
  const row = await findRegionRow(db, code);
  if (!row) throw new AppError('REGION_NOT_FOUND');
  const ancestorCodes = ancestorCodesOf(code);
  const byCode = new Map((await listRegionRowsByCodes(db, ancestorCodes)).map((r) => [r.code, toRegion(r)]));
  const path = ancestorCodes.map((ancestor) => byCode.get(ancestor)).filter((r): r is Region => !!r);
  return { region: toRegion(row), path };
}
