import type { PartnerCare } from '../../../shared/contracts/care';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { listCarePartnerRows, setPartnerCadence } from './care.repository';
import { getPartnerCare } from './get-partner-care';

/** Sets the partner's own cadence, or (null) returns it to the default for its category and stage. */
export async function updatePartnerCadence(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  days: number | null,
  requestId: string,
): Promise<PartnerCare> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const [row] = await listCarePartnerRows(trx, { institutionId, partnerIds: [partnerId] });
    if (!row) throw new AppError('PARTNER_NOT_FOUND');
    await setPartnerCadence(trx, { institutionId, partnerId }, days, deps.clock.now().toISOString());
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partner.cadence_changed',
        entityType: 'partner',
        entityId: partnerId,
        before: { contactCadenceDays: row.contact_cadence_days },
        after: { contactCadenceDays: days },
      },
    );
  });
  return getPartnerCare(deps, institutionId, partnerId);
}
