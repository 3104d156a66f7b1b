import type { Holiday, HolidayYear } from '../../../shared/contracts/occasions';
import type { HolidayKind } from '../../../shared/domain/care-vocabulary';
import { officialHolidaysByYear, type HolidayEntry } from '../../../shared/domain/official-holidays';
import { provisionalHolidays } from '../../../shared/domain/provisional-holidays';
import type { Db } from '../../db/database';
import { listHolidayRowsOfYears, type HolidayRow } from './occasions.repository';

const builtinIdPattern = /^(official|perkiraan)-(\d{4})-(\d{2}-\d{2})-([a-z_]+)-([a-z_]+)$/;

/** The stable id of a shipped or computed row, so a year not yet copied can still be addressed. */
function builtinId(source: 'official' | 'perkiraan', entry: HolidayEntry): string {
  return `${source}-${entry.date}-${entry.kind}-${entry.occasionKey}`;
}

/** The year a shipped or computed row's id belongs to; null for a stored row's id. */
export function builtinYear(id: string): number | null {
  const match = builtinIdPattern.exec(id);
  return match ? Number(match[2]) : null;
}

/** The decreed list when it has shipped, otherwise what can be computed, marked provisional. */
export function builtinHolidays(year: number): { source: 'official' | 'provisional'; items: Holiday[] } {
  const official = officialHolidaysByYear.get(year);
  const source = official ? 'official' : 'perkiraan';
  const entries = official ?? provisionalHolidays(year);
  return {
    source: official ? 'official' : 'provisional',
    items: entries.map((entry) => ({
      id: builtinId(source, entry),
      year,
      date: entry.date,
      name: entry.name,
      kind: entry.kind,
      occasionKey: entry.occasionKey,
      calendarYearLabel: entry.calendarYearLabel,
      sourceDecree: entry.sourceDecree,
      provisional: !official,
      version: 1,
    })),
  };
}

export function toHoliday(row: HolidayRow): Holiday {
  return {
    id: row.id,
    year: Number(row.year),
    date: row.date,
    name: row.name,
    kind: row.kind as HolidayKind,
    occasionKey: row.occasion_key,
    calendarYearLabel: row.calendar_year_label,
    sourceDecree: row.source_decree,
    provisional: false,
    version: Number(row.version),
  };
}

/**
 * Each year's holidays as the institution sees them: its own copy once an administrator corrected
 * the year (copy-on-write), else the shipped decree, else the computed provisional list.
 */
export async function readHolidayYears(
  db: Db,
  institutionId: string,
  years: number[],
): Promise<Map<number, Omit<HolidayYear, 'observesCutiBersama'>>> {
  const stored = await listHolidayRowsOfYears(db, institutionId, years);
  const result = new Map<number, Omit<HolidayYear, 'observesCutiBersama'>>();
  for (const year of years) {
    const own = stored.filter((row) => Number(row.year) === year);
    if (own.length > 0) result.set(year, { year, source: 'institution', items: own.map(toHoliday) });
    else result.set(year, { year, ...builtinHolidays(year) });
  }
  return result;
}
