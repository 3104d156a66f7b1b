import type { WorkPlanReviewLink } from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { issueShareableLink } from '../../platform/links/issue-shareable-link';
import { whatsAppUrl } from '../../platform/links/whats-app-url';
import { findInstitutionTimeZone } from '../institutions/index';
import { getWorkPlan } from './get-work-plan';
import { reviewLinkText } from './review-link-wording';
import { findInstitutionName, findPlanPartnership, updateWorkPlanRow } from './work-plans.repository';

export const workPlanReviewPurpose = 'work_plan_review';
/** Long enough for a partner to discuss the plan inside their organisation. */
const linkLifetimeMs = 14 * 24 * 3_600_000;

/**
 * A link the partner opens without an account to read the plan and approve it or ask for changes.
 * It can be opened and answered more than once until it expires; a draft goes to `in_review`.
 */
export async function issueWorkPlanReviewLink(
  deps: AppDeps,
  principal: Principal,
  workPlanId: string,
  input: { recipientName?: string | null | undefined },
  baseUrl: string,
  requestId: string,
): Promise<WorkPlanReviewLink> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const before = await getWorkPlan(trx, institutionId, workPlanId);
    if (before.items.length === 0) throw new AppError('WORK_PLAN_EMPTY');
    const { link, url, expiresAt } = await issueShareableLink(trx, {
      institutionId,
      purpose: workPlanReviewPurpose,
      subjectId: workPlanId,
      singleUse: false,
      recipient: input.recipientName ?? null,
      createdByUserId: principal.userId,
      now,
      lifetimeMs: linkLifetimeMs,
      baseUrl,
      pagePath: '/tautan/rencana-kerja',
    });
    // An approved plan stays approved: a fresh link only lets the partner read it again.
    if (before.status === 'draft' || before.status === 'changes_requested') {
      const changed = await updateWorkPlanRow(trx, institutionId, workPlanId, before.version, {
        status: 'in_review',
        updated_at: now.toISOString(),
      });
      if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    }
    const workPlan = await getWorkPlan(trx, institutionId, workPlanId);
    const partnership = await findPlanPartnership(trx, institutionId, before.partnershipId);
    const whatsAppText = reviewLinkText({
      institutionName: await findInstitutionName(trx, institutionId),
      senderName: principal.userName,
      partnershipName: partnership?.name ?? '',
      planTitle: workPlan.title,
      cycleYear: workPlan.cycleYear,
      recipientName: input.recipientName ?? null,
      url,
      expiresAt,
      zone,
      now,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'work_plan.review_link_issued',
        entityType: 'work_plan',
        entityId: workPlanId,
        before: { status: before.status },
        // The token is the partner's key: only the link's id is kept on record.
        after: { status: workPlan.status, linkId: link.id, recipient: link.recipient, expiresAt },
      },
    );
    return {
      url,
      expiresAt,
      whatsAppText,
      whatsAppUrl: whatsAppUrl(whatsAppText),
      workPlan,
    };
  });
}
