import type { z } from 'zod';
import type { createHolidayRequestSchema, Holiday } from '../../../shared/contracts/occasions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { copyHolidayYearIfNeeded } from './copy-holiday-year';
import { toHoliday } from './holiday-year';
import { findHolidayRow, insertHolidayRows } from './occasions.repository';

/** Adds a holiday (a new decree, a regional day off) to the institution's copy of that year. */
export async function createHoliday(
  deps: AppDeps,
  principal: Principal,
  input: z.output<typeof createHolidayRequestSchema>,
  requestId: string,
): Promise<Holiday> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  const year = Number(input.date.slice(0, 4));
  return deps.db.transaction().execute(async (trx) => {
    await copyHolidayYearIfNeeded(trx, deps, principal, year, requestId);
    const id = newId();
    await insertHolidayRows(trx, [
      {
        id,
        institution_id: institutionId,
        year,
        date: input.date,
        name: input.name,
        kind: input.kind,
        occasion_key: input.occasionKey ?? null,
        calendar_year_label: input.calendarYearLabel ?? null,
        source_decree: input.sourceDecree ?? null,
        version: 1,
        created_at: now,
        updated_at: now,
      },
    ]);
    const holiday = toHoliday((await findHolidayRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'holiday.created', entityType: 'holiday', entityId: id, after: holiday },
    );
    return holiday;
  });
}
