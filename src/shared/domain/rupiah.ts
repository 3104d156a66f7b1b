import { z } from 'zod';
import type { Locale } from '../contracts/auth';
import { rupiahInWords } from './terbilang';

/** Just under one trillion rupiah: far above any course partnership, and sums of thousands stay exact. */
export const maxRupiahAmount = 999_999_999_999;
/** Whole rupiah, as budgets and contributions are planned. */
export const rupiahAmountSchema = z.number().int().min(0).max(maxRupiahAmount);

/** Indonesian groups thousands with dots and starts the sen with a comma; English the other way round. */
const separators = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const satisfies Record<Locale, { group: string; decimal: string }>;

function groupThousands(value: number, locale: Locale = 'id'): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separators[locale].group);
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

/**
 * "Rp1.500.000,00" (English: "Rp1,500,000.00") from whole rupiah: the formal style, no space after "Rp" (Intl puts a no-break
 * space there), dots between thousands, comma before the sen. `withSen: false` gives "Rp1.500.000".
 */
export function formatRupiah(rupiah: number, options: { withSen?: boolean; locale?: Locale } = {}): string {
  assertInteger(rupiah, 'rupiah');
  const locale = options.locale ?? 'id';
  const sign = rupiah < 0 ? '-' : '';
  const sen = options.withSen === false ? '' : `${separators[locale].decimal}00`;
  return `${sign}Rp${groupThousands(Math.abs(rupiah), locale)}${sen}`;
}

/** "Rp1.500.000,50" from an amount in sen. */
export function formatSen(sen: number): string {
  assertInteger(sen, 'sen');
  const sign = sen < 0 ? '-' : '';
  const absolute = Math.abs(sen);
  return `${sign}Rp${groupThousands(Math.floor(absolute / 100))},${String(absolute % 100).padStart(2, '0')}`;
}

/** "Rp10.000.000,00 (sepuluh juta rupiah)", as an agreement states an amount. */
export function formatRupiahWithWords(rupiah: number): string {
  return `${formatRupiah(rupiah)} (${rupiahInWords(rupiah)})`;
}

export type RupiahParseProblem = 'EMPTY' | 'INVALID' | 'AMBIGUOUS' | 'NEGATIVE' | 'TOO_LARGE' | 'HAS_SEN';
export type RupiahParseResult = { ok: true; value: number } | { ok: false; problem: RupiahParseProblem };

const refuse = (problem: RupiahParseProblem): RupiahParseResult => ({ ok: false, problem });
const spaces = /[\s\u00a0\u202f]+/g;
const dotGrouped = /^\d{1,3}(\.\d{3})+$/;
const spaceGrouped = /^\d{1,3}( \d{3})+(,\d{1,2})?$/;
const commaGrouped = /^\d{1,3}(,\d{3})+$/;

/** Sign, currency and the ",-" that means "no sen" come off; what is left is the figure. */
function stripDecorations(text: string): { figure: string; negative: boolean } {
  let rest = text.replace(spaces, ' ').trim();
  let negative = false;
  const takeSign = () => {
    if (/^[-−]/.test(rest)) {
      negative = true;
      rest = rest.slice(1).trim();
    }
  };
  takeSign();
  rest = rest.replace(/^(rp\.?|idr)/i, '').trim();
  takeSign();
  rest = rest.replace(/[,.]-$/, '').trim();
  if (spaceGrouped.test(rest)) rest = rest.replace(/ /g, '');
  return { figure: rest, negative };
}

/**
 * An amount in sen from what people type: "1.500.000", "Rp 1.500.000,00", "1500000", "Rp1.500.000,-".
 * Dots group thousands and a comma starts the sen, as Indonesian writes them. Input another
 * convention would read differently ("1,500", "1.50", "1,500.00") is refused as AMBIGUOUS rather
 * than guessed.
 */
export function parseSen(text: string): RupiahParseResult {
  const { figure, negative } = stripDecorations(text);
  if (figure === '') return refuse('EMPTY');
  if (/[^\d.,]/.test(figure)) return refuse('INVALID');
  const commaParts = figure.split(',');
  if (commaParts.length > 2) return refuse(commaGrouped.test(figure) ? 'AMBIGUOUS' : 'INVALID');
  const [whole = '', fraction] = commaParts;
  if (fraction !== undefined) {
    if (fraction.includes('.')) return refuse('AMBIGUOUS');
    if (fraction.length === 3 && /^\d+$/.test(whole)) return refuse('AMBIGUOUS');
    if (!/^\d{1,2}$/.test(fraction)) return refuse('INVALID');
  }
  let wholeDigits: string;
  if (/^\d+$/.test(whole)) wholeDigits = whole;
  else if (dotGrouped.test(whole)) wholeDigits = whole.replace(/\./g, '');
  else if (fraction === undefined && /^\d+\.\d{1,2}$/.test(whole)) return refuse('AMBIGUOUS');
  else return refuse('INVALID');
  if (negative) return refuse('NEGATIVE');
  const rupiah = Number(wholeDigits);
  if (rupiah > maxRupiahAmount) return refuse('TOO_LARGE');
  return { ok: true, value: rupiah * 100 + Number((fraction ?? '0').padEnd(2, '0')) };
}

/** Whole rupiah from what people type; an amount with sen other than ",00" is refused (HAS_SEN). */
export function parseRupiah(text: string): RupiahParseResult {
  const parsed = parseSen(text);
  if (!parsed.ok) return parsed;
  if (parsed.value % 100 !== 0) return refuse('HAS_SEN');
  return { ok: true, value: parsed.value / 100 };
}
