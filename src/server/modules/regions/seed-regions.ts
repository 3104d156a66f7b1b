import { regionLevels, type RegionLevel } from '../../../shared/domain/region-code';
import type { Db } from '../../db/database';
import { countRegionSourceRows, readRegionSource } from './region-source';
import { countRegionRowsByLevel, insertRegionRows } from './regions.repository';

/** 500 rows × 5 columns stays far below SQLite's and PostgreSQL's bound-parameter limits. */
const batchSize = 500;

export interface SeedRegionsOptions {
  /** 83,763 villages: the bulk of the data; tests usually go without. */
  includeVillages: boolean;
  /** Only these levels (default: every level, villages per `includeVillages`). */
  levels?: readonly RegionLevel[];
}

export interface SeedRegionsResult {
  /** New rows per level; a level already complete is not read into the database again. */
  inserted: Partial<Record<RegionLevel, number>>;
  skipped: RegionLevel[];
}

/**
 * Fills the regions table from idn-area-data, level by level, top down, one transaction per level.
 * Idempotent: rows already there are kept (ON CONFLICT DO NOTHING), and a level whose count equals
 * the file's is skipped without writing, so a seeded database costs one COUNT at start-up.
 */
export async function seedRegions(db: Db, options: SeedRegionsOptions): Promise<SeedRegionsResult> {
  const wanted = (options.levels ?? regionLevels).filter(
    (level) => level !== 'village' || options.includeVillages,
  );
  const counts = await countRegionRowsByLevel(db);
  const result: SeedRegionsResult = { inserted: {}, skipped: [] };
  for (const level of wanted) {
    if ((counts.get(level) ?? 0) === countRegionSourceRows(level)) {
      result.skipped.push(level);
      continue;
    }
    const rows = readRegionSource(level);
    result.inserted[level] = await db.transaction().execute(async (trx) => {
      let inserted = 0;
      for (let start = 0; start < rows.length; start += batchSize) {
        inserted += await insertRegionRows(trx, rows.slice(start, start + batchSize));
      }
      return inserted;
    });
  }
  return result;
}
