import { formatIndonesianDate } from '../../../../shared/domain/calendar-date';
import { id as indonesian } from '../../../../shared/i18n/id';

/** The Indonesian names the annual report prints for stored codes (the UI's own words). */

function nameIn(words: Record<string, string>, code: string | null, own?: Map<string, string>): string {
  if (code === null) return '-';
  return own?.get(code) ?? words[code] ?? code;
}

export const categoryName = (code: string, own: Map<string, string>) =>
  nameIn(indonesian.partnerVocab.categories, code, own);
export const patternName = (code: string | null, own: Map<string, string>) =>
  nameIn(indonesian.partnershipPatterns, code, own);
export const stageName = (code: string) => nameIn(indonesian.partnershipStages, code);
export const outcomeName = (code: string | null) => nameIn(indonesian.outcomeKinds, code);
export const agreementKindName = (code: string) => nameIn(indonesian.agreementKindNames, code);
export const agreementStatusName = (code: string) => nameIn(indonesian.agreementStatusNames, code);
export const healthName = (code: string) => nameIn(indonesian.partnerHealth.bands, code);
export const valueKindName = (code: string) => nameIn(indonesian.valueRecordsUi.kinds, code);
export const valueCategoryName = (code: string) => nameIn(indonesian.valueRecordsUi.categories, code);

export const timelinessNames = {
  onTime: 'Tepat waktu',
  late: 'Terlambat',
  overdue: 'Lewat jadwal (belum selesai)',
  unplanned: 'Di luar rencana',
} as const;

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** 1234.5 → "1.234,5": figures printed with Indonesian separators. */
export function figureText(value: number | null): string {
  return value === null ? '-' : numberFormat.format(value);
}

export function dateText(value: string | null): string {
  return value ? formatIndonesianDate(value.slice(0, 10)) : '-';
}
