import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RegionLevel } from '../../../shared/domain/region-code';
import { toRegionDisplayName, toRegionNameKey } from './region-display-name';

export interface RegionSourceRow {
  code: string;
  parent_code: string | null;
  level: RegionLevel;
  name: string;
  name_key: string;
}

const fileByLevel: Record<RegionLevel, string> = {
  province: 'provinces.csv',
  regency: 'regencies.csv',
  district: 'districts.csv',
  village: 'villages.csv',
};

/** The CSVs of idn-area-data 3.1.2 (Kemendagri, data under ODbL). */
export function regionDataFile(level: RegionLevel): string {
  const packageJson = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  return path.join(path.dirname(packageJson), 'data', fileByLevel[level]);
}

/**
 * The rows of one level. Columns are `code,name` (provinces) or `code,<parent>_code,name`; no name
 * holds a comma or a quoted field, so splitting on the first commas is exact.
 */
export function readRegionSource(level: RegionLevel): RegionSourceRow[] {
  const lines = fs.readFileSync(regionDataFile(level), 'utf8').split(/\r?\n/);
  const rows: RegionSourceRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const first = line.indexOf(',');
    const second = level === 'province' ? first : line.indexOf(',', first + 1);
    if (first < 0 || second < 0) throw new Error(`${fileByLevel[level]}: unreadable line "${line}"`);
    const name = toRegionDisplayName(line.slice(second + 1), level);
    rows.push({
      code: line.slice(0, first),
      parent_code: level === 'province' ? null : line.slice(first + 1, second),
      level,
      name,
      name_key: toRegionNameKey(name),
    });
  }
  return rows;
}

/** The number of data rows of one level, counted without parsing (the quick check at start-up). */
export function countRegionSourceRows(level: RegionLevel): number {
  const bytes = fs.readFileSync(regionDataFile(level));
  let newlines = 0;
  for (const byte of bytes) if (byte === 10) newlines += 1;
  const lines = bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? newlines + 1 : newlines;
  return Math.max(0, lines - 1);
}
