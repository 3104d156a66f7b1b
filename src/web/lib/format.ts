import type { Locale } from '../../shared/contracts/auth';
import { ianaTimeZones, type TimeZoneCode } from '../../shared/domain/institution-kinds';
import { formatRupiah as formatRupiahAmount } from '../../shared/domain/rupiah';

const intlLocales = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Locale, string>;

export function toIntlLocale(locale: Locale): string {
  return intlLocales[locale];
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (`2026-03-20`) has no zone: read it at UTC midnight and format it in UTC. */
function toDateAndZone(value: string, zone: TimeZoneCode): { date: Date; timeZone: string } {
  if (isoDatePattern.test(value)) return { date: new Date(`${value}T00:00:00Z`), timeZone: 'UTC' };
  return { date: new Date(value), timeZone: ianaTimeZones[zone] };
}

/** "Jumat, 20 Maret 2026" / "Friday 20 March 2026", in the institution's zone. */
export function formatDate(value: string, locale: Locale, zone: TimeZoneCode): string {
  const { date, timeZone } = toDateAndZone(value, zone);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** "20 Mar 2026" for tables. */
export function formatShortDate(value: string, locale: Locale, zone: TimeZoneCode): string {
  const { date, timeZone } = toDateAndZone(value, zone);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** "20 Mar 2026 14.05 WITA": a moment, in the institution's zone, with the zone named. */
export function formatDateTime(value: string, locale: Locale, zone: TimeZoneCode): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const text = new Intl.DateTimeFormat(toIntlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ianaTimeZones[zone],
  }).format(date);
  return `${text} ${zone}`;
}

/** "Jumat, 20 Maret 2026 pukul 14.05 WITA": a deadline people read in full. */
export function formatLongDateTime(value: string, locale: Locale, zone: TimeZoneCode): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat(toIntlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ianaTimeZones[zone],
  }).format(date);
  const joiner = locale === 'id' ? 'pukul' : 'at';
  return `${formatDate(value, locale, zone)} ${joiner} ${time} ${zone}`;
}

/** Year and month (1–12) of a moment in the institution's zone. */
export function getZonedYearMonth(date: Date, zone: TimeZoneCode): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    timeZone: ianaTimeZones[zone],
  }).formatToParts(date);
  const read = (type: 'year' | 'month') => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: read('year'), month: read('month') };
}

/** "Rp1.500.000" on screen; documents add the sen ("Rp1.500.000,00") through the same formatter. */
export function formatRupiah(amount: number): string {
  return formatRupiahAmount(Math.round(amount), { withSen: false });
}
