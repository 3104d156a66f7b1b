import { terbilang } from '../../../../shared/domain/terbilang';
import { formatIndonesianDate } from '../../../../shared/domain/calendar-date';
import { defaultPartyLabels, type AgreementParty } from '../../../../shared/domain/agreement-parties';

/** "a", "a dan b", "a, b, dan c", as Indonesian lists things in running text. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  // "sarana dan prasarana dan tenaga kerja" reads as one thing; "serta" keeps the last item apart.
  const and = words.some((word) => word.includes(' dan ')) ? 'serta' : 'dan';
  if (words.length === 2) return `${words[0]} ${and} ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, ${and} ${words[words.length - 1]}`;
}

const digitWords = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** 2.5 → "2,5"; figures in a document use the Indonesian decimal comma. */
export function formatDecimal(value: number): string {
  return String(value).replace('.', ',');
}

/** 12.5 → "dua belas koma lima": digits after the comma are read one by one. */
export function decimalInWords(value: number): string {
  const [whole = '0', fraction] = String(value).split('.');
  const wholeWords = terbilang(Number(whole));
  if (!fraction) return wholeWords;
  return `${wholeWords} koma ${[...fraction].map((d) => digitWords[Number(d)] ?? d).join(' ')}`;
}

/** "60% (enam puluh persen)" */
export function percentWithWords(percent: number): string {
  return `${formatDecimal(percent)}% (${decimalInWords(percent)} persen)`;
}

/** "12 (dua belas)" */
export function countWithWords(count: number): string {
  return `${formatDecimal(count)} (${decimalInWords(count)})`;
}

export function partyLabel(party: AgreementParty): string {
  return defaultPartyLabels[party];
}

/** "1 Februari 2027 s.d. 30 April 2027", or the one day. */
export function periodText(startsOn: string, endsOn: string): string {
  if (startsOn === endsOn) return formatIndonesianDate(startsOn);
  return `${formatIndonesianDate(startsOn)} s.d. ${formatIndonesianDate(endsOn)}`;
}

/** 1 → "PERTAMA", 2 → "KEDUA", as an addendum is numbered. */
export function ordinalWord(value: number): string {
  return value === 1 ? 'pertama' : `ke${terbilang(value)}`;
}
