import type { PublicEvidencePage } from '../../../shared/contracts/activities';
import type { EvidenceKind } from '../../../shared/domain/activity-vocabulary';
import { outcomeKindOfTarget } from '../../../shared/domain/outcome-kind-of-target';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import type { UploadedFile } from '../../platform/http/route-definition';
import { newId } from '../../platform/ids';
import { findNewestActivityOfItem, findPlanItemRow, insertActivityRow } from './activities.repository';
import { openEvidenceLink, partnerItems, readPublicEvidence } from './read-public-evidence';
import { storeActivityEvidence } from './store-activity-evidence';

export interface PartnerEvidenceInput {
  file: UploadedFile | undefined;
  kind: EvidenceKind;
  caption: string | null | undefined;
  contributorName: string;
}

/**
 * The partner adds evidence for one of its items through the link: it joins the item's newest
 * activity or, when nothing was recorded yet, starts one as under way and carried out by the partner.
 */
export async function addPartnerEvidence(
  deps: AppDeps,
  partnershipId: string,
  token: string,
  itemId: string,
  input: PartnerEvidenceInput,
  requestId: string,
): Promise<PublicEvidencePage> {
  const now = deps.clock.now();
  const link = await openEvidenceLink(deps.db, partnershipId, token, now);
  const institutionId = link.institutionId;
  const item = await findPlanItemRow(deps.db, institutionId, partnershipId, itemId);
  if (!item) throw new AppError('LINK_NOT_FOUND');
  const own = await partnerItems(deps.db, institutionId, partnershipId);
  if (!own.some((row) => row.id === itemId)) throw new AppError('ITEM_NOT_PARTNERS');
  const origin = { principal: null, requestId };
  await storeActivityEvidence(
    deps,
    {
      institutionId,
      file: input.file,
      kind: input.kind,
      caption: input.caption ?? null,
      side: 'partner',
      contributorName: input.contributorName,
      publicLinkId: link.id,
      userId: null,
    },
    async (trx) => {
      const newest = await findNewestActivityOfItem(trx, institutionId, itemId);
      if (newest) return newest.id;
      const id = newId();
      const stamp = now.toISOString();
      await insertActivityRow(trx, {
        id,
        institution_id: institutionId,
        partnership_id: partnershipId,
        work_plan_id: item.work_plan_id,
        work_plan_item_id: item.id,
        title: item.activity,
        status: 'in_progress',
        carried_out_by: 'partner',
        started_on: null,
        ended_on: null,
        actual_quantity: null,
        outcome_kind: outcomeKindOfTarget({ unit: item.target_unit, description: item.target_description }),
        outputs: null,
        notes: null,
        institution_spent_rupiah: 0,
        partner_spent_rupiah: 0,
        version: 1,
        created_by_user_id: null,
        created_at: stamp,
        updated_at: stamp,
      });
      await writeAudit(trx, deps, origin, {
        institutionId,
        action: 'activity.created',
        entityType: 'activity',
        entityId: id,
        after: {
          workPlanItemId: item.id,
          title: item.activity,
          status: 'in_progress',
          carriedOutBy: 'partner',
          viaLinkId: link.id,
        },
      });
      return id;
    },
    (trx, activityId, evidence, sha256) =>
      writeAudit(trx, deps, origin, {
        institutionId,
        action: 'activity.evidence_added',
        entityType: 'activity',
        entityId: activityId,
        after: { ...evidence, sha256, viaLinkId: link.id },
      }),
  );
  return readPublicEvidence(deps.db, partnershipId, token, now);
}
