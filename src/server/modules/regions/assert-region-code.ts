import type { Region } from '../../../shared/contracts/regions';
import { regionLevels, type RegionLevel } from '../../../shared/domain/region-code';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { toRegion } from './region-mappers';
import { findRegionRow } from './regions.repository';

export interface RegionCodeRule {
  /** Where the code sits in the request, for the error's details: `['body', 'regionCode']`. */
  path: (string | number)[];
  /** The code must be at least this deep (`'regency'`: province alone is not enough). */
  minLevel?: RegionLevel;
  /** The code may be at most this deep. */
  maxLevel?: RegionLevel;
}

function depthOf(level: RegionLevel): number {
  return regionLevels.indexOf(level);
}

/**
 * For other modules: the code names a known region within the allowed levels, else
 * VALIDATION_FAILED with one problem at `rule.path` (message `REGION_NOT_FOUND` or `REGION_LEVEL`).
 */
export async function assertRegionCode(db: Db, code: string, rule: RegionCodeRule): Promise<Region> {
  const row = await findRegionRow(db, code);
  if (!row) {
    throw new AppError('VALIDATION_FAILED', [
      { path: rule.path, code: 'custom', message: 'REGION_NOT_FOUND' },
    ]);
  }
  const region = toRegion(row);
  const depth = depthOf(region.level);
  const tooShallow = rule.minLevel !== undefined && depth < depthOf(rule.minLevel);
  const tooDeep = rule.maxLevel !== undefined && depth > depthOf(rule.maxLevel);
  if (tooShallow || tooDeep) {
    throw new AppError('VALIDATION_FAILED', [
      {
        path: rule.path,
        code: 'custom',
        message: 'REGION_LEVEL',
        level: region.level,
        ...(rule.minLevel ? { minLevel: rule.minLevel } : {}),
        ...(rule.maxLevel ? { maxLevel: rule.maxLevel } : {}),
      },
    ]);
  }
  return region;
}
