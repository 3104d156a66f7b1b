import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { copyHolidayYearIfNeeded } from './copy-holiday-year';
import { builtinYear } from './holiday-year';
import { findHolidayRow, type HolidayRow } from './occasions.repository';

/**
 * The stored row an edit applies to. A shipped or computed row's id copies its year first and
 * answers the copy; once the year is copied, the shipped ids no longer address anything.
 */
export async function resolveHolidayRow(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<HolidayRow> {
  const year = builtinYear(id);
  let storedId = id;
  if (year !== null) {
    const copied = await copyHolidayYearIfNeeded(trx, deps, principal, year, requestId);
    const mapped = copied.get(id);
    if (!mapped) throw new AppError('HOLIDAY_NOT_FOUND');
    storedId = mapped;
  }
  const row = await findHolidayRow(trx, principal.institutionId, storedId);
  if (!row) throw new AppError('HOLIDAY_NOT_FOUND');
  return row;
}
