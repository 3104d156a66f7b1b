import type { z } from 'zod';
import type { PublicWorkPlan, publicWorkPlanReviewRequestSchema } from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { consumePublicLink } from '../../platform/links/public-links';
import { getWorkPlanRow, listWorkPlanItems } from './get-work-plan';
import { openReviewLink, toPublicWorkPlan } from './read-public-work-plan';
import { insertWorkPlanReviewRow, updateWorkPlanRow } from './work-plans.repository';

type ReviewInput = z.output<typeof publicWorkPlanReviewRequestSchema>;

export interface ReviewOrigin {
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}

/**
 * The partner's answer through the link: approve the plan or ask for changes, signed with a name and
 * position. It answers the version the partner read; a plan changed since then is refused (409), so
 * nobody approves what they did not see.
 */
export async function recordPartnerReview(
  deps: AppDeps,
  workPlanId: string,
  token: string,
  input: ReviewInput,
  origin: ReviewOrigin,
): Promise<PublicWorkPlan> {
  const now = deps.clock.now();
  const stamp = now.toISOString();
  const link = await openReviewLink(deps.db, workPlanId, token, now);
  const institutionId = link.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getWorkPlanRow(trx, institutionId, workPlanId);
    if (row.version !== input.planVersion)
      throw new AppError('WORK_PLAN_CHANGED', { currentVersion: row.version });
    if ((await listWorkPlanItems(trx, institutionId, workPlanId)).length === 0)
      throw new AppError('WORK_PLAN_EMPTY');
    const approved = input.decision === 'approved';
    const changed = await updateWorkPlanRow(trx, institutionId, workPlanId, input.planVersion, {
      status: input.decision,
      approved_at: approved ? stamp : null,
      approved_by_name: approved ? input.reviewerName : null,
      approved_by_position: approved ? input.reviewerPosition : null,
      updated_at: stamp,
    });
    if (!changed) throw new AppError('WORK_PLAN_CHANGED', { currentVersion: row.version });
    await consumePublicLink(trx, link, stamp);
    const reviewId = newId();
    await insertWorkPlanReviewRow(trx, {
      id: reviewId,
      institution_id: institutionId,
      work_plan_id: workPlanId,
      reviewer_side: 'partner',
      decision: input.decision,
      reviewer_name: input.reviewerName,
      reviewer_position: input.reviewerPosition,
      comment: input.comment ?? null,
      plan_version: input.planVersion,
      public_link_id: link.id,
      ip_address: origin.ipAddress,
      user_agent: origin.userAgent,
      created_at: stamp,
    });
    const after = await getWorkPlanRow(trx, institutionId, workPlanId);
    await writeAudit(
      trx,
      deps,
      { principal: null, requestId: origin.requestId },
      {
        institutionId,
        action: 'work_plan.reviewed',
        entityType: 'work_plan',
        entityId: workPlanId,
        before: { status: row.status, version: row.version },
        after: {
          status: after.status,
          version: after.version,
          reviewId,
          decision: input.decision,
          reviewer: { name: input.reviewerName, position: input.reviewerPosition, side: 'partner' },
          comment: input.comment ?? null,
          linkId: link.id,
          ipAddress: origin.ipAddress,
          userAgent: origin.userAgent,
        },
      },
    );
    return toPublicWorkPlan(trx, after, link);
  });
}
