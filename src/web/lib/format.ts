import type { Locale } from '../../shared/contracts/auth';
import { ianaTimeZones, type TimeZoneCode } from '../../shared/domain/institution-kinds';
import {
  formatRupiah as formatRupiahAmount,
  parseRupiah,
  type RupiahParseResult,
} from '../../shared/domain/rupiah';

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

/**
 * "Rp1.500.000" / "Rp1,500,000" on screen; `withSen` gives "Rp1.500.000,00" / "Rp1,500,000.00", as a
 * work plan (the agreement's annex) writes its amounts.
 */
export function formatRupiah(amount: number, locale: Locale, options: { withSen?: boolean } = {}): string {
  return formatRupiahAmount(Math.round(amount), { withSen: options.withSen ?? false, locale });
}

/** "1.500.000" / "1,500,000": whole rupiah as an amount field shows them, without "Rp" (the field has it). */
export function groupRupiah(amount: number, locale: Locale): string {
  return formatRupiah(amount, locale).replace('Rp', '');
}

/** "1.234,5" / "1,234.5": a count or measure on screen, as many decimals as it has (up to two). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 2, ...options }).format(value);
}

const swapSeparators = (text: string) => text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));

/**
 * Whole rupiah from what the user types, read in their language: Indonesian "1.500.000" or
 * "1.500.000,00"; English "1,500,000" or "1,500,000.00". Either way "1500000" reads, and English
 * also takes "1.500.000", which cannot be a decimal. What would read differently in the other
 * convention ("1,500" in Indonesian, "1.500" in English) stays refused rather than guessed.
 */
export function parseRupiahIn(text: string, locale: Locale): RupiahParseResult {
  if (locale === 'id') return parseRupiah(text);
  const english = parseRupiah(swapSeparators(text));
  if (english.ok || !/\d\.\d{3}\./.test(text)) return english;
  const indonesian = parseRupiah(text);
  return indonesian.ok ? indonesian : english;
}

/** A quantity as the user types it ("18,5" / "18.5", "1.200" / "1,200"); NaN when it is not a number. */
export function parseQuantity(text: string, locale: Locale): number {
  const typed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (typed === '' || !/^-?[\d.,]+$/.test(typed)) return Number.NaN;
  const [group, decimal] = locale === 'id' ? ['.', ','] : [',', '.'];
  return Number(typed.split(group).join('').replace(decimal, '.'));
}

/** A stored quantity as the field shows it: "18,5" / "18.5", without grouping so it reads back. */
export function quantityText(value: number, locale: Locale): string {
  return locale === 'id' ? String(value).replace('.', ',') : String(value);
}
