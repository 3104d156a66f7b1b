import type { HolidaySettings } from '../../../shared/contracts/occasions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { findInstitutionCareRow, setObservesCutiBersama } from './occasions.repository';

/** Whether the institution gives cuti bersama days off (optional for private employers). */
export async function setHolidaySettings(
  deps: AppDeps,
  principal: Principal,
  input: HolidaySettings,
  requestId: string,
): Promise<HolidaySettings> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const before = (await findInstitutionCareRow(trx, institutionId))?.observes_cuti_bersama === 1;
    await setObservesCutiBersama(trx, institutionId, input.observesCutiBersama);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'institution.holiday_settings_changed',
        entityType: 'institution',
        entityId: institutionId,
        before: { observesCutiBersama: before },
        after: { observesCutiBersama: input.observesCutiBersama },
      },
    );
    return { observesCutiBersama: input.observesCutiBersama };
  });
}
