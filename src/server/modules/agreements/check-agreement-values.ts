import { isBuiltInPattern } from '../../../shared/domain/partnership-stages';
import type { PatternTerms } from '../../../shared/domain/pattern-terms';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findCustomPatternName } from './agreement-sources.repository';
import { isClauseKey } from './clause-library';
import { findUnknownPlaceholders } from './document/clause-templates';

export function checkAgreementPeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw new AppError('AGREEMENT_PERIOD_INVALID', { startsOn, endsOn });
}

/** Terms belong to one of the guide's four patterns, and only to an agreement of that pattern. */
export function checkTermsPattern(pattern: string | null, terms: PatternTerms | null): void {
  if (terms && terms.pattern !== pattern) {
    throw new AppError('AGREEMENT_TERMS_PATTERN_MISMATCH', { pattern, termsPattern: terms.pattern });
  }
}

export async function checkPatternKnown(
  db: Db,
  institutionId: string,
  pattern: string | null,
): Promise<void> {
  if (!pattern || isBuiltInPattern(pattern)) return;
  if (!(await findCustomPatternName(db, institutionId, pattern))) {
    throw new AppError('PARTNERSHIP_PATTERN_UNKNOWN', { pattern });
  }
}

/** Per-agreement wording obeys the library's rules: known articles, known placeholders. */
export function checkClauseOverrides(overrides: Record<string, string> | undefined): void {
  for (const [key, body] of Object.entries(overrides ?? {})) {
    if (!isClauseKey(key)) throw new AppError('CLAUSE_KEY_UNKNOWN', { key });
    const unknown = findUnknownPlaceholders(body);
    if (unknown.length > 0) throw new AppError('CLAUSE_PLACEHOLDER_UNKNOWN', { key, unknown });
  }
}
