import type { Locale } from '../../../shared/contracts/auth';
import { formatDate, toIntlLocale } from '../../lib/format';

/** A calendar date reads the same in every zone ("Jumat, 20 Maret 2026"). */
export function formatPublicDate(value: string, locale: Locale): string {
  return formatDate(value, locale, 'WIB');
}

/**
 * A moment on a page without the institution's settings: the partner's own device clock decides the
 * zone, which is where they read the deadline anyway.
 */
export function formatPublicMoment(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(date);
}
