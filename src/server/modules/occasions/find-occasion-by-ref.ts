import type { CalendarOccasion } from '../../../shared/contracts/occasions';
import type { Db } from '../../db/database';
import { builtinYear } from './holiday-year';
import { listCalendarOccasions } from './list-calendar-occasions';
import { findHolidayRow, findOccasionRow } from './occasions.repository';

/** The year a ref's occasion falls in, or null when the ref points at nothing of the institution. */
async function yearOfRef(db: Db, institutionId: string, ref: string): Promise<number | null> {
  const [type, rest] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  const [id, year] = rest.split('@');
  if (!id) return null;
  if (year && /^\d{4}$/.test(year)) return Number(year);
  if (type === 'holiday') {
    const builtin = builtinYear(id);
    if (builtin !== null) return builtin;
    const row = await findHolidayRow(db, institutionId, id);
    return row ? Number(row.year) : null;
  }
  if (type === 'occasion') {
    const row = await findOccasionRow(db, institutionId, id);
    return row ? Number(row.date.slice(0, 4)) : null;
  }
  return null;
}

/** One occasion by the ref the calendar gave it ("holiday:<id>", "anniversary:<id>@2027", …); null if none. */
export async function findOccasionByRef(
  db: Db,
  institutionId: string,
  ref: string,
): Promise<CalendarOccasion | null> {
  if (!ref.includes(':')) return null;
  const year = await yearOfRef(db, institutionId, ref);
  if (year === null || year < 1900 || year > 2200) return null;
  const items = await listCalendarOccasions(db, institutionId, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  return items.find((item) => item.id === ref) ?? null;
}
