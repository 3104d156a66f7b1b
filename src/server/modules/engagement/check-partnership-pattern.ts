import { isBuiltInPattern } from '../../../shared/domain/partnership-stages';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findPartnershipPatternRow } from './partnership-patterns.repository';

/** A built-in pattern, or one of the institution's own; another institution's code is unknown here. */
export async function checkPartnershipPattern(
  db: Db,
  institutionId: string,
  pattern: string | null | undefined,
): Promise<void> {
  if (!pattern || isBuiltInPattern(pattern)) return;
  if (!(await findPartnershipPatternRow(db, institutionId, pattern)))
    throw new AppError('PARTNERSHIP_PATTERN_UNKNOWN', { pattern });
}
