import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type {
  MergePartnerResponse,
  mergePartnerRequestSchema,
} from '../../../shared/contracts/partner-merges';
import { planPartnerMerge, type MergeFillField } from '../../../shared/domain/partner-merge-plan';
import type { PartnersTable } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getPartner, getPartnerRow } from './get-partner';
import { movePartnerHistory } from './move-partner-history';
import { replaceExchangeItems, replacePartnerTags } from './partner-labels.repository';
import { deletePartnerRows, insertPartnerMergeRow } from './partner-merges.repository';
import { findPartnerRow, updatePartnerRow, type PartnerRow } from './partners.repository';
import { refreshPartnerSearch } from './refresh-partner-search';

type MergeInput = z.output<typeof mergePartnerRequestSchema>;

const columnsByField = {
  size: ['size'],
  sector: ['sector'],
  description: ['description'],
  characteristics: ['characteristics'],
  region: ['district_code', 'village_code', 'region_code'],
  address: ['address'],
  location: ['lat', 'lng'],
  website: ['website'],
  socialLinks: ['social_links_json'],
  source: ['source'],
  facilitator: ['facilitator_user_id'],
  nib: ['nib'],
  npwp: ['npwp'],
  kbliCode: ['kbli_code'],
  kbliVersion: ['kbli_version'],
  cooperativeLegalNumber: ['cooperative_legal_number'],
} as const satisfies Record<MergeFillField, readonly (keyof PartnerRow)[]>;

function filledColumns(fields: MergeFillField[], duplicate: PartnerRow): Updateable<PartnersTable> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    for (const column of columnsByField[field]) changes[column] = duplicate[column];
  }
  return changes;
}

function checkVersion(row: PartnerRow, sent: number): void {
  if (row.version !== sent)
    throw new AppError('VERSION_CONFLICT', { partnerId: row.id, currentVersion: row.version });
}

/**
 * Merges `input.duplicateId` into `keptId` in one transaction: the kept partner's empty fields are
 * filled from the duplicate (a filled one is never overwritten), labels are united, contacts and
 * history move, the duplicate's rows are deleted and a redirect record is kept for its old links.
 */
export async function mergePartners(
  deps: AppDeps,
  principal: Principal,
  keptId: string,
  input: MergeInput,
  requestId: string,
): Promise<MergePartnerResponse> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const keptRow = await getPartnerRow(trx, institutionId, keptId);
    if (input.duplicateId === keptId) throw new AppError('PARTNER_MERGE_SELF');
    const duplicateRow = await getPartnerRow(trx, institutionId, input.duplicateId);
    checkVersion(keptRow, input.version);
    checkVersion(duplicateRow, input.duplicateVersion);
    const kept = await getPartner(trx, institutionId, keptId);
    const duplicate = await getPartner(trx, institutionId, duplicateRow.id);
    const plan = planPartnerMerge(kept, duplicate);
    const now = deps.clock.now().toISOString();

    const changes = { ...filledColumns(plan.fill, duplicateRow), updated_at: now };
    if (!(await updatePartnerRow(trx, institutionId, keptId, input.version, changes)))
      throw new AppError('VERSION_CONFLICT', { partnerId: keptId, currentVersion: keptRow.version });
    if (plan.addedTags.length > 0)
      await replacePartnerTags(trx, institutionId, keptId, [...kept.tags, ...plan.addedTags]);
    if (plan.addedNeeds.length > 0)
      await replaceExchangeItems(trx, institutionId, keptId, 'need', [...kept.needs, ...plan.addedNeeds]);
    if (plan.addedOffers.length > 0)
      await replaceExchangeItems(trx, institutionId, keptId, 'offer', [...kept.offers, ...plan.addedOffers]);
    const moved = await movePartnerHistory(trx, institutionId, duplicate.id, keptId, now);
    if (!(await deletePartnerRows(trx, institutionId, duplicate.id, input.duplicateVersion)))
      throw new AppError('VERSION_CONFLICT', {
        partnerId: duplicate.id,
        currentVersion: duplicateRow.version,
      });
    await insertPartnerMergeRow(trx, {
      institution_id: institutionId,
      duplicate_id: duplicate.id,
      kept_id: keptId,
      merged_at: now,
      merged_by_user_id: principal.userId,
    });
    await refreshPartnerSearch(trx, (await findPartnerRow(trx, institutionId, keptId))!);
    const after = await getPartner(trx, institutionId, keptId);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partner.merged',
        entityType: 'partner',
        entityId: keptId,
        before: { kept, duplicate },
        after: {
          ...after,
          mergedFromId: duplicate.id,
          movedContacts: moved.contacts,
          movedPartnerships: moved.partnerships,
          movedInteractions: moved.interactions,
          filledFields: plan.fill,
        },
      },
    );
    return { partner: after, movedContacts: moved.contacts, filledFields: plan.fill };
  });
}
