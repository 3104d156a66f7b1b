import type { Locale } from '../../../shared/contracts/auth';
import { packWords } from './pack-words';

/** File and folder names inside an evidence pack: ASCII, no path parts, short enough to read. */

/** "Pelatihan Merajut Tas (Angkatan 1)" → "pelatihan-merajut-tas-angkatan-1"; nothing left names it "untitled". */
export function asciiSlug(text: string, locale: Locale, maxLength = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || packWords[locale].files.unnamed;
}

/** "01", "02", …: a folder's position, so the pack sorts as the index lists it. */
export function position(index: number): string {
  return String(index + 1).padStart(2, '0');
}

/**
 * An uploaded file's name made safe to unpack anywhere: only its last path part, accents folded,
 * everything outside [A-Za-z0-9._-] a hyphen, no leading dots (no hidden files, no "..").
 */
export function cleanFileName(original: string, locale: Locale, maxLength = 60): string {
  const base = original.split(/[\\/]/).at(-1) ?? '';
  const fold = (text: string) => text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  const dot = base.lastIndexOf('.');
  const stem = fold(dot > 0 ? base.slice(0, dot) : base);
  const extension =
    dot > 0
      ? fold(base.slice(dot + 1))
          .replace(/[^A-Za-z0-9]/g, '')
          .toLowerCase()
          .slice(0, 10)
      : '';
  const cleanStem = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxLength - extension.length - 1)
    .replace(/[-.]+$/, '');
  return `${cleanStem || packWords[locale].files.unnamedFile}${extension ? `.${extension}` : ''}`;
}

/** Hands out names unique within one folder: a second "foto.jpg" becomes "foto-2.jpg". */
export class UniqueNames {
  private readonly taken = new Set<string>();

  claim(name: string): string {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${extension}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
