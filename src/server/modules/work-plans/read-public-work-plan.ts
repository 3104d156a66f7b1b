import type { PublicWorkPlan } from '../../../shared/contracts/work-plans';
import type { Db } from '../../db/database';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import { findInstitutionTimeZone } from '../institutions/index';
import { getWorkPlanRow, toWorkPlan } from './get-work-plan';
import { workPlanReviewPurpose } from './issue-review-link';
import {
  findInstitutionName,
  findPlanPartnership,
  findUserName,
  listPlanPartnerNames,
  type WorkPlanRow,
} from './work-plans.repository';

/** The link behind the token, when it opens this plan; otherwise LINK_NOT_FOUND, _EXPIRED, _REVOKED. */
export function openReviewLink(db: Db, workPlanId: string, token: string, now: Date): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: workPlanReviewPurpose,
    subjectId: workPlanId,
    now: now.toISOString(),
  });
}

/** The plan as the partner sees it: who asks, for which partnership, and the plan; nothing else. */
export async function toPublicWorkPlan(db: Db, row: WorkPlanRow, link: PublicLink): Promise<PublicWorkPlan> {
  const plan = await toWorkPlan(db, row);
  const partnership = await findPlanPartnership(db, row.institution_id, row.partnership_id);
  return {
    id: plan.id,
    institutionName: await findInstitutionName(db, row.institution_id),
    senderName: link.createdByUserId
      ? await findUserName(db, row.institution_id, link.createdByUserId)
      : null,
    partnershipName: partnership?.name ?? '',
    programme: partnership?.programme ?? null,
    partnerNames: await listPlanPartnerNames(db, row.institution_id, row.partnership_id),
    cycleYear: plan.cycleYear,
    title: plan.title,
    status: plan.status,
    version: plan.version,
    items: plan.items,
    totals: plan.totals,
    reviews: plan.reviews,
    linkExpiresAt: link.expiresAt,
    timeZone: await findInstitutionTimeZone(db, row.institution_id),
  };
}

export async function readPublicWorkPlan(
  db: Db,
  workPlanId: string,
  token: string,
  now: Date,
): Promise<PublicWorkPlan> {
  const link = await openReviewLink(db, workPlanId, token, now);
  const row = await getWorkPlanRow(db, link.institutionId, workPlanId);
  return toPublicWorkPlan(db, row, link);
}
