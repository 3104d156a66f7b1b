import type { HolidayEntry, HolidayOccasionKey } from './official-holidays';

const dayMs = 86_400_000;

function isoDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(utc(year, month, day));
}

function numericParts(format: Intl.DateTimeFormat, ms: number): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(ms))) parts[part.type] = part.value;
  return parts;
}

/** Chinese New Year: the day the Chinese calendar's first month begins (always 21 Jan–20 Feb). */
export function chineseNewYear(year: number): string | null {
  const format = new Intl.DateTimeFormat('en-u-ca-chinese', {
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  for (let ms = utc(year, 1, 20); ms <= utc(year, 2, 21); ms += dayMs) {
    const parts = numericParts(format, ms);
    if (parts.month === '1' && parts.day === '1') return isoDay(ms);
  }
  return null;
}

interface IslamicDay {
  date: string;
  month: number;
  day: number;
  year: number;
}

/** Every day of the Gregorian year with its Umm al-Qura date. */
function islamicDays(year: number): IslamicDay[] {
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const days: IslamicDay[] = [];
  for (let ms = utc(year, 1, 1); ms < utc(year + 1, 1, 1); ms += dayMs) {
    const parts = numericParts(format, ms);
    days.push({
      date: isoDay(ms),
      month: Number(parts.month),
      day: Number(parts.day),
      year: Number.parseInt(parts.year ?? '', 10),
    });
  }
  return days;
}

const islamicHolidays: {
  month: number;
  day: number;
  key: HolidayOccasionKey;
  name: (y: number) => string;
}[] = [
  { month: 7, day: 27, key: 'isra_mikraj', name: () => 'Isra Mikraj Nabi Muhammad S.A.W.' },
  { month: 10, day: 1, key: 'idulfitri', name: (y) => `Hari Raya Idulfitri ${y} Hijriah` },
  { month: 10, day: 2, key: 'idulfitri', name: (y) => `Hari Raya Idulfitri ${y} Hijriah` },
  { month: 12, day: 10, key: 'iduladha', name: (y) => `Hari Raya Iduladha ${y} Hijriah` },
  { month: 1, day: 1, key: 'tahun_baru_islam', name: (y) => `1 Muharam Tahun Baru Islam ${y} Hijriah` },
  { month: 3, day: 12, key: 'maulid', name: () => 'Maulid Nabi Muhammad S.A.W.' },
];

function provisional(
  date: string,
  name: string,
  occasionKey: HolidayOccasionKey,
  calendarYearLabel: string | null,
): HolidayEntry {
  return { date, name, kind: 'national_holiday', occasionKey, calendarYearLabel, sourceDecree: null };
}

/**
 * National holidays of a year not yet decreed, from what can be computed: fixed dates, Easter and
 * the days tied to it, Chinese New Year, and Islamic days by the Umm al-Qura calendar (Indonesia's
 * sighting often falls a day later, so these stay "perkiraan"). Nyepi and Waisak follow the Balinese
 * and Buddhist councils' own reckoning and cuti bersama is a policy choice, so none are guessed.
 */
export function provisionalHolidays(year: number): HolidayEntry[] {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  const entries: HolidayEntry[] = [
    provisional(isoDay(utc(year, 1, 1)), `Tahun Baru ${year} Masehi`, 'tahun_baru', String(year)),
    provisional(isoDay(easter - 2 * dayMs), 'Wafat Yesus Kristus', 'wafat_yesus', null),
    provisional(isoDay(easter), 'Kebangkitan Yesus Kristus (Paskah)', 'paskah', null),
    provisional(isoDay(utc(year, 5, 1)), 'Hari Buruh Internasional', 'hari_buruh', null),
    provisional(isoDay(easter + 39 * dayMs), 'Kenaikan Yesus Kristus', 'kenaikan_yesus', null),
    provisional(isoDay(utc(year, 6, 1)), 'Hari Lahir Pancasila', 'pancasila', null),
    provisional(isoDay(utc(year, 8, 17)), 'Proklamasi Kemerdekaan Republik Indonesia', 'kemerdekaan', null),
    provisional(isoDay(utc(year, 12, 25)), 'Kelahiran Yesus Kristus (Natal)', 'natal', null),
  ];
  const imlek = chineseNewYear(year);
  if (imlek) {
    const label = String(year + 551);
    entries.push(provisional(imlek, `Tahun Baru Imlek ${label} Kongzili`, 'imlek', label));
  }
  for (const day of islamicDays(year)) {
    for (const holiday of islamicHolidays) {
      if (holiday.month === day.month && holiday.day === day.day) {
        entries.push(provisional(day.date, holiday.name(day.year), holiday.key, `${day.year} H`));
      }
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}
