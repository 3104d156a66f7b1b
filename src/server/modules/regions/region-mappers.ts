import type { Region } from '../../../shared/contracts/regions';
import { regionLevels, type RegionLevel } from '../../../shared/domain/region-code';
import type { RegionRow } from './regions.repository';

function toLevel(level: string): RegionLevel {
  const known = regionLevels.find((candidate) => candidate === level);
  if (!known) throw new Error(`unknown region level "${level}"`);
  return known;
}

export function toRegion(row: RegionRow): Region {
  return { code: row.code, name: row.name, level: toLevel(row.level), parentCode: row.parent_code };
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** By name as an Indonesian reader sorts (case and punctuation do not decide), then by code. */
export function sortRegionsByName(regions: Region[]): Region[] {
  return [...regions].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}
