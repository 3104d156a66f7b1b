import type { Locale } from '../contracts/auth';

/** A calendar date (`YYYY-MM-DD`) as its parts; it names a day, not an instant, so no zone applies. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const indonesianDayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const indonesianMonthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The parts of a real calendar date; throws on a malformed or impossible one (`2027-02-29`). */
export function parseCalendarDate(value: string): CalendarDate {
  const match = calendarDatePattern.exec(value);
  if (!match) throw new RangeError(`Not a calendar date: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 into the 1900s.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${value}`);
  }
  return { year, month, day, weekday: probe.getUTCDay() };
}

/** "1 Februari 2027", as running text in a document writes a date. */
export function formatIndonesianDate(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return `${day} ${indonesianMonthNames[month - 1]} ${year}`;
}

export const englishMonthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "1 Februari 2027" or "1 February 2027": a date in running text, in the document's language. */
export function formatDocumentDate(value: string, locale: Locale): string {
  if (locale === 'id') return formatIndonesianDate(value);
  const { year, month, day } = parseCalendarDate(value);
  return `${day} ${englishMonthNames[month - 1]} ${year}`;
}

/** "20-03-2026", the figures written after a date in words. */
export function formatNumericDate(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(year).padStart(4, '0')}`;
}
