import { AppError } from '../../platform/http/app-error';
import { isClauseKey } from './clause-library';
import type { ClauseKey } from './document/clause-templates';

export function checkClauseKey(key: string): ClauseKey {
  if (!isClauseKey(key)) throw new AppError('CLAUSE_KEY_UNKNOWN', { key });
  return key;
}
