import type { z } from 'zod';
import type { Holiday, updateHolidayRequestSchema } from '../../../shared/contracts/occasions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { copyHolidayYearIfNeeded } from './copy-holiday-year';
import { toHoliday } from './holiday-year';
import { findHolidayRow, updateHolidayRow } from './occasions.repository';
import { resolveHolidayRow } from './resolve-holiday-row';

/** Corrects a holiday (a moved date, an amended decree); the first correction copies its year. */
export async function updateHoliday(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof updateHolidayRequestSchema>,
  requestId: string,
): Promise<Holiday> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await resolveHolidayRow(trx, deps, principal, id, requestId);
    const before = toHoliday(row);
    const year = input.date ? Number(input.date.slice(0, 4)) : before.year;
    // Moved into another year: that year becomes the institution's own too, or it would hide the rest.
    if (year !== before.year) await copyHolidayYearIfNeeded(trx, deps, principal, year, requestId);
    const changed = await updateHolidayRow(trx, institutionId, row.id, input.version, {
      ...(input.date !== undefined ? { date: input.date, year } : {}),
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.occasionKey !== undefined ? { occasion_key: input.occasionKey } : {}),
      ...(input.calendarYearLabel !== undefined ? { calendar_year_label: input.calendarYearLabel } : {}),
      ...(input.sourceDecree !== undefined ? { source_decree: input.sourceDecree } : {}),
      updated_at: now,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = toHoliday((await findHolidayRow(trx, institutionId, row.id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'holiday.updated', entityType: 'holiday', entityId: row.id, before, after },
    );
    return after;
  });
}
