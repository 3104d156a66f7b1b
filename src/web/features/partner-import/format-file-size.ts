import type { Locale } from '../../../shared/contracts/auth';
import { toIntlLocale } from '../../lib/format';

/** "20 MB", "512 KB": what a user compares with the size their file manager shows. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number, unit: string) =>
    `${value.toLocaleString(toIntlLocale(locale), { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
}
