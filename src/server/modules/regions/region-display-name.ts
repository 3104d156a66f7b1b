import type { RegionLevel } from '../../../shared/domain/region-code';

/** Kept as written: abbreviations of province names ("DKI Jakarta", "DI Yogyakarta"). */
const keptUpper = new Set(['DKI', 'DI']);
/** Lower-case inside a name, as Indonesian titles write them ("Pangkajene dan Kepulauan"). */
const keptLower = new Set(['dan']);
const romanNumeral = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;

function capitalise(part: string): string {
  return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
}

function titleWord(word: string, index: number): string {
  if (keptUpper.has(word) || romanNumeral.test(word)) return word;
  const lower = word.toLowerCase();
  if (index > 0 && keptLower.has(lower)) return lower;
  // Each part of "TOLI-TOLI" or "KI'E" starts upper-case after a hyphen, only the first after an apostrophe.
  return word
    .split('-')
    .map((part) => capitalise(part))
    .join('-');
}

/**
 * The name as Jalin shows it. Provinces and regencies come upper-case ("KOTA BANJARBARU") and are
 * title-cased; districts and villages are already mixed case and keep their spelling. A few
 * village names use `"` for the apostrophe of a glottal stop ("Soka"an"): written `'`.
 */
export function toRegionDisplayName(raw: string, level: RegionLevel): string {
  const clean = raw.replaceAll('"', "'").replace(/\s+/g, ' ').trim();
  if (level === 'district' || level === 'village') return clean;
  return clean
    .split(' ')
    .map((word, index) => titleWord(word, index))
    .join(' ');
}

/** The matching key of a display name: lower-case, single spaces. */
export function toRegionNameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}
