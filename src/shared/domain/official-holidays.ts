import type { HolidayKind } from './care-vocabulary';

/** Which greeting a holiday carries; the message templates are keyed by it. */
export const holidayOccasionKeys = [
  'tahun_baru',
  'isra_mikraj',
  'imlek',
  'nyepi',
  'idulfitri',
  'wafat_yesus',
  'paskah',
  'hari_buruh',
  'kenaikan_yesus',
  'iduladha',
  'waisak',
  'pancasila',
  'tahun_baru_islam',
  'kemerdekaan',
  'maulid',
  'natal',
] as const;
export type HolidayOccasionKey = (typeof holidayOccasionKeys)[number];

/**
 * Holidays on which partners are greeted. Good Friday is a day of mourning, and Labour Day,
 * Pancasila Day and Ascension are not occasions institutions send greetings for.
 */
export const greetingHolidayKeys: ReadonlySet<string> = new Set<HolidayOccasionKey>([
  'tahun_baru',
  'isra_mikraj',
  'imlek',
  'nyepi',
  'idulfitri',
  'paskah',
  'iduladha',
  'waisak',
  'tahun_baru_islam',
  'kemerdekaan',
  'maulid',
  'natal',
]);

export interface HolidayEntry {
  date: string;
  name: string;
  kind: HolidayKind;
  occasionKey: HolidayOccasionKey;
  calendarYearLabel: string | null;
  sourceDecree: string | null;
}

export const skb2026 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497, 2, dan 5 Tahun 2025';

function entry(
  date: string,
  name: string,
  kind: HolidayKind,
  occasionKey: HolidayOccasionKey,
  calendarYearLabel: string | null,
): HolidayEntry {
  return { date, name, kind, occasionKey, calendarYearLabel, sourceDecree: skb2026 };
}

const n = 'national_holiday' as const;
const c = 'cuti_bersama' as const;

/** Hari libur nasional and cuti bersama 2026 exactly as decreed (domain-facts.md, Holidays). */
const official2026: readonly HolidayEntry[] = [
  entry('2026-01-01', 'Tahun Baru 2026 Masehi', n, 'tahun_baru', '2026'),
  entry('2026-01-16', 'Isra Mikraj Nabi Muhammad S.A.W.', n, 'isra_mikraj', '1447 H'),
  entry('2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', c, 'imlek', '2577'),
  entry('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', n, 'imlek', '2577'),
  entry('2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', c, 'nyepi', 'Saka 1948'),
  entry('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', n, 'nyepi', 'Saka 1948'),
  entry('2026-03-20', 'Cuti Bersama Hari Raya Idulfitri 1447 Hijriah', c, 'idulfitri', '1447 H'),
  entry('2026-03-21', 'Hari Raya Idulfitri 1447 Hijriah', n, 'idulfitri', '1447 H'),
  entry('2026-03-22', 'Hari Raya Idulfitri 1447 Hijriah', n, 'idulfitri', '1447 H'),
  entry('2026-03-23', 'Cuti Bersama Hari Raya Idulfitri 1447 Hijriah', c, 'idulfitri', '1447 H'),
  entry('2026-03-24', 'Cuti Bersama Hari Raya Idulfitri 1447 Hijriah', c, 'idulfitri', '1447 H'),
  entry('2026-04-03', 'Wafat Yesus Kristus', n, 'wafat_yesus', null),
  entry('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', n, 'paskah', null),
  entry('2026-05-01', 'Hari Buruh Internasional', n, 'hari_buruh', null),
  entry('2026-05-14', 'Kenaikan Yesus Kristus', n, 'kenaikan_yesus', null),
  entry('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus', c, 'kenaikan_yesus', null),
  entry('2026-05-27', 'Hari Raya Iduladha 1447 Hijriah', n, 'iduladha', '1447 H'),
  entry('2026-05-28', 'Cuti Bersama Hari Raya Iduladha 1447 Hijriah', c, 'iduladha', '1447 H'),
  entry('2026-05-31', 'Hari Raya Waisak 2570 BE', n, 'waisak', '2570 BE'),
  entry('2026-06-01', 'Hari Lahir Pancasila', n, 'pancasila', null),
  entry('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', n, 'tahun_baru_islam', '1448 H'),
  entry('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', n, 'kemerdekaan', null),
  entry('2026-08-25', 'Maulid Nabi Muhammad S.A.W.', n, 'maulid', '1448 H'),
  entry('2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus', c, 'natal', null),
  entry('2026-12-25', 'Kelahiran Yesus Kristus (Natal)', n, 'natal', null),
];

/** Years whose list has been decreed and shipped; other years are computed and provisional. */
export const officialHolidaysByYear: ReadonlyMap<number, readonly HolidayEntry[]> = new Map([
  [2026, official2026],
]);
