import {
  indonesianDayNames,
  indonesianMonthNames,
  parseCalendarDate,
  formatNumericDate,
} from './calendar-date';

const units = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
/** Thousand-groups from the smallest; `Number.MAX_SAFE_INTEGER` stays below a quintillion. */
const scales = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'] as const;

const digit = (value: number): string => units[value] ?? '';

/** 1–999; empty for 0, which only the caller may say ("nol"). */
function belowThousand(value: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(digit(hundreds), 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(digit(rest - 10), 'belas');
  else {
    const tens = Math.floor(rest / 10);
    if (tens > 1) words.push(digit(tens), 'puluh');
    if (rest % 10 > 0) words.push(digit(rest % 10));
  }
  return words.join(' ');
}

/**
 * A whole number in Indonesian words: 0 "nol", 1000 "seribu", 1 000 000 "satu juta".
 * Throws on a negative, fractional or unsafe number: a document must never print a wrong amount.
 */
export function terbilang(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`terbilang takes a non-negative safe integer, got ${value}`);
  }
  if (value === 0) return 'nol';
  const groups: string[] = [];
  let rest = value;
  for (let scale = 0; rest > 0; scale += 1) {
    const group = rest % 1000;
    rest = Math.floor(rest / 1000);
    if (group === 0) continue;
    // Only a thousand takes the "se-" prefix: "seribu", but "satu juta", "seratus satu ribu".
    if (scale === 1 && group === 1) groups.unshift('seribu');
    else groups.unshift(scale === 0 ? belowThousand(group) : `${belowThousand(group)} ${scales[scale]}`);
  }
  return groups.join(' ');
}

/** "satu juta lima ratus ribu rupiah" from whole rupiah. */
export function rupiahInWords(rupiah: number): string {
  return `${terbilang(rupiah)} rupiah`;
}

/** "satu juta rupiah lima puluh sen" from an amount in sen; no sen part when it is zero. */
export function senInWords(sen: number): string {
  if (!Number.isSafeInteger(sen) || sen < 0)
    throw new RangeError(`senInWords takes non-negative sen, got ${sen}`);
  const rupiah = Math.floor(sen / 100);
  const cents = sen % 100;
  if (cents === 0) return rupiahInWords(rupiah);
  if (rupiah === 0) return `${terbilang(cents)} sen`;
  return `${rupiahInWords(rupiah)} ${terbilang(cents)} sen`;
}

/** "Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam" from `2026-11-30`. */
export function dateInWords(value: string): string {
  const { year, month, day, weekday } = parseCalendarDate(value);
  return (
    `${indonesianDayNames[weekday]} tanggal ${terbilang(day)} bulan ${indonesianMonthNames[month - 1]} ` +
    `tahun ${terbilang(year)}`
  );
}

/** The opening of an agreement: "Pada hari ini Jumat tanggal dua puluh … (20-03-2026)". */
export function agreementOpeningDate(value: string): string {
  return `Pada hari ini ${dateInWords(value)} (${formatNumericDate(value)})`;
}
