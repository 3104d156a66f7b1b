import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toHoliday } from './holiday-year';
import { deleteHolidayRow } from './occasions.repository';
import { resolveHolidayRow } from './resolve-holiday-row';

/** Removes a holiday the institution does not keep; the first removal copies its year. */
export async function deleteHoliday(
  deps: AppDeps,
  principal: Principal,
  id: string,
  version: number,
  requestId: string,
): Promise<{ ok: true }> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await resolveHolidayRow(trx, deps, principal, id, requestId);
    if (!(await deleteHolidayRow(trx, institutionId, row.id, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'holiday.deleted',
        entityType: 'holiday',
        entityId: row.id,
        before: toHoliday(row),
      },
    );
    return { ok: true as const };
  });
}
