import type { Locale } from '../contracts/auth';

const formats = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
} as const satisfies Record<Locale, Intl.NumberFormat>;

/** 1234.5 → "1.234,5" in Indonesian, "1,234.5" in English: a count or measure in a document or table. */
export function formatFigure(value: number, locale: Locale): string {
  return formats[locale].format(value);
}
