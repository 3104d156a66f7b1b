import { builtInPatterns } from '../../../shared/domain/partnership-stages';
import { id as indonesian } from '../../../shared/i18n/id';
import { AppError } from '../../platform/http/app-error';
import { toNameKey } from '../partners/index';

export function patternNameNeedsLetters(): AppError {
  return new AppError('VALIDATION_FAILED', [
    { path: ['body', 'name'], code: 'custom', message: 'NAME_NEEDS_LETTERS' },
  ]);
}

/** The slug of a new pattern's code; too few letters and digits cannot make one. */
export function patternSlug(name: string): string {
  const slug = toNameKey(name).replace(/ /g, '-').slice(0, 40).replace(/-+$/, '');
  if (slug.length < 2) throw patternNameNeedsLetters();
  return slug;
}

/**
 * Two patterns whose names differ only in case or punctuation would read as one in the select,
 * and one named like a guide pattern would hide which of the two a partnership follows.
 */
export function assertPatternNameFree(
  existing: { code: string; name: string }[],
  name: string,
  ownCode?: string,
): void {
  const key = toNameKey(name);
  const builtInClash = builtInPatterns.some(
    (code) => toNameKey(indonesian.partnershipPatterns[code]) === key,
  );
  if (builtInClash || existing.some((row) => row.code !== ownCode && toNameKey(row.name) === key))
    throw new AppError('PATTERN_EXISTS');
}

/** A code no pattern of the institution holds, even one renamed since: `slug`, then `slug-2`, … */
export function freePatternCode(existing: { code: string }[], slug: string): string {
  const taken = new Set(existing.map((row) => row.code));
  if (!taken.has(`custom:${slug}`)) return `custom:${slug}`;
  for (let n = 2; ; n += 1) {
    const code = `custom:${slug.slice(0, 36)}-${n}`;
    if (!taken.has(code)) return code;
  }
}
