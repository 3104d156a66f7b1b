import type { Locale } from '../../../shared/contracts/auth';
import { toIntlLocale } from '../../lib/format';

/** "2,4 MB" / "2.4 MB", "380 KB": what a facilitator compares with the 10 MB limit. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes / (1024 * 1024);
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: digits }).format(value);
  return megabytes >= 1 ? `${format(megabytes, 1)} MB` : `${format(Math.max(1, bytes / 1024), 0)} KB`;
}
