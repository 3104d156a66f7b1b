import type { z } from 'zod';
import type { Partner, updatePartnerRequestSchema } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { checkCategory, checkFacilitator, checkRegion } from './check-partner-references';
import { getPartner, getPartnerRow } from './get-partner';
import { replaceExchangeItems, replacePartnerTags } from './partner-labels.repository';
import { toNameKey } from './partner-mappers';
import { findPartnerRow, updatePartnerRow } from './partners.repository';
import { refreshPartnerSearch } from './refresh-partner-search';

type UpdateInput = z.output<typeof updatePartnerRequestSchema>;

/** Applies only the fields sent; a stale `version` is 409 and nothing changes. */
export async function updatePartner(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Partner> {
  const institutionId = principal.institutionId;
  await getPartnerRow(deps.db, institutionId, id);
  if (input.category !== undefined) await checkCategory(deps.db, institutionId, input.category);
  const regionCode = input.region ? await checkRegion(deps.db, input.region) : undefined;
  if (input.facilitatorUserId !== undefined)
    await checkFacilitator(deps.db, institutionId, input.facilitatorUserId);
  return deps.db.transaction().execute(async (trx) => {
    const before = await getPartner(trx, institutionId, id);
    const ids = input.identifiers;
    const changes = {
      ...(input.name !== undefined ? { name: input.name, name_key: toNameKey(input.name) } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.size !== undefined ? { size: input.size } : {}),
      ...(input.sector !== undefined ? { sector: input.sector } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.characteristics !== undefined ? { characteristics: input.characteristics } : {}),
      ...(input.scope !== undefined ? { scope: input.scope } : {}),
      ...(input.region && regionCode
        ? {
            province_code: input.region.provinceCode,
            regency_code: input.region.regencyCode,
            district_code: input.region.districtCode ?? null,
            village_code: input.region.villageCode ?? null,
            region_code: regionCode,
          }
        : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.location !== undefined
        ? { lat: input.location?.lat ?? null, lng: input.location?.lng ?? null }
        : {}),
      ...(input.website !== undefined ? { website: input.website } : {}),
      ...(input.foundedOn !== undefined ? { founded_on: input.foundedOn } : {}),
      ...(input.socialLinks !== undefined ? { social_links_json: JSON.stringify(input.socialLinks) } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(input.facilitatorUserId !== undefined ? { facilitator_user_id: input.facilitatorUserId } : {}),
      ...(ids?.nib !== undefined ? { nib: ids.nib } : {}),
      ...(ids?.npwp !== undefined ? { npwp: ids.npwp } : {}),
      ...(ids?.kbliCode !== undefined ? { kbli_code: ids.kbliCode } : {}),
      ...(ids?.kbliVersion !== undefined ? { kbli_version: ids.kbliVersion } : {}),
      ...(ids?.cooperativeLegalNumber !== undefined
        ? { cooperative_legal_number: ids.cooperativeLegalNumber }
        : {}),
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updatePartnerRow(trx, institutionId, id, input.version, changes))) {
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    }
    if (input.tags !== undefined) await replacePartnerTags(trx, institutionId, id, input.tags);
    if (input.needs !== undefined) await replaceExchangeItems(trx, institutionId, id, 'need', input.needs);
    if (input.offers !== undefined) await replaceExchangeItems(trx, institutionId, id, 'offer', input.offers);
    await refreshPartnerSearch(trx, (await findPartnerRow(trx, institutionId, id))!);
    const after = await getPartner(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partner.updated',
        entityType: 'partner',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}
