import type { z } from 'zod';
import type { Partnership, updatePartnershipRequestSchema } from '../../../shared/contracts/partnerships';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { checkFacilitator, checkPartners } from './check-engagement-references';
import { checkPartnershipPattern } from './check-partnership-pattern';
import { getPartnership, getPartnershipRow } from './get-partnership';
import { replacePartnershipPartners, updatePartnershipRow } from './partnerships.repository';

type UpdateInput = z.output<typeof updatePartnershipRequestSchema>;

/** Changes the fields sent (never the stage: that is a move); a stale `version` is 409. */
export async function updatePartnership(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Partnership> {
  const institutionId = principal.institutionId;
  await getPartnershipRow(deps.db, institutionId, id);
  if (input.partnerIds) await checkPartners(deps.db, institutionId, input.partnerIds);
  if (input.facilitatorUserId !== undefined)
    await checkFacilitator(deps.db, institutionId, input.facilitatorUserId);
  if (input.pattern !== undefined) await checkPartnershipPattern(deps.db, institutionId, input.pattern);
  return deps.db.transaction().execute(async (trx) => {
    const before = await getPartnership(trx, institutionId, id);
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.programme !== undefined ? { programme: input.programme } : {}),
      ...(input.pattern !== undefined ? { pattern: input.pattern } : {}),
      ...(input.facilitatorUserId !== undefined ? { facilitator_user_id: input.facilitatorUserId } : {}),
      ...(input.cycleYears !== undefined
        ? { cycle_years_json: JSON.stringify([...input.cycleYears].sort((a, b) => a - b)) }
        : {}),
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updatePartnershipRow(trx, institutionId, id, input.version, changes)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    if (input.partnerIds) await replacePartnershipPartners(trx, institutionId, id, input.partnerIds);
    const after = await getPartnership(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership.updated',
        entityType: 'partnership',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}
