import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { findInstitutionTimeZone } from '../institutions/index';

/** The log keeps what was given, not what is planned: a day after today (the institution's) is refused. */
export async function checkGivenOn(deps: AppDeps, institutionId: string, givenOn: string): Promise<void> {
  const today = localDateOf(deps.clock.now(), await findInstitutionTimeZone(deps.db, institutionId));
  if (givenOn > today) throw new AppError('VALUE_RECORD_IN_FUTURE', { today });
}
