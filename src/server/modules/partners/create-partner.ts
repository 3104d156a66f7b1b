import type { z } from 'zod';
import type { createPartnerRequestSchema, Partner } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { checkCategory, checkFacilitator, checkRegion } from './check-partner-references';
import { findDuplicateCandidates } from './find-duplicate-candidates';
import { getPartner } from './get-partner';
import { replaceExchangeItems, replacePartnerTags } from './partner-labels.repository';
import { findPartnerRow, insertPartnerRow } from './partners.repository';
import { partnerRowFromInput } from './partner-row-from-input';
import { refreshPartnerSearch } from './refresh-partner-search';

type CreateInput = z.output<typeof createPartnerRequestSchema>;

/**
 * Validates references (category, region chain, facilitator), refuses likely duplicates unless the
 * user confirmed them, then writes the partner, its labels, its search text and the audit row.
 */
export async function createPartner(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Partner> {
  const institutionId = principal.institutionId;
  await checkCategory(deps.db, institutionId, input.category);
  await checkRegion(deps.db, input.region);
  await checkFacilitator(deps.db, institutionId, input.facilitatorUserId);
  if (!input.confirmDuplicates) {
    const identifiers = input.identifiers ?? {};
    const candidates = await findDuplicateCandidates(deps.db, institutionId, {
      name: input.name,
      regencyCode: input.region.regencyCode,
      nib: identifiers.nib ?? null,
      npwp: identifiers.npwp ?? null,
      phones: [],
      emails: [],
      excludeId: null,
    });
    if (candidates.length > 0) throw new AppError('PARTNER_POSSIBLE_DUPLICATE', { candidates });
  }
  const id = newId();
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertPartnerRow(trx, partnerRowFromInput(input, { id, institutionId, now }));
    await replacePartnerTags(trx, institutionId, id, input.tags ?? []);
    await replaceExchangeItems(trx, institutionId, id, 'need', input.needs ?? []);
    await replaceExchangeItems(trx, institutionId, id, 'offer', input.offers ?? []);
    await refreshPartnerSearch(trx, (await findPartnerRow(trx, institutionId, id))!);
    const partner = await getPartner(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partner.created',
        entityType: 'partner',
        entityId: id,
        after: partner,
      },
    );
    return partner;
  });
}
