import type { FeedbackRequest } from '../../../shared/contracts/feedback';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { revokePublicLinks } from '../../platform/links/public-links';
import { findFeedbackRequestRow, updateFeedbackRequestRow } from './feedback.repository';
import { toFeedbackRequest } from './feedback-mappers';
import { feedbackRequestPurpose } from './request-feedback';

/** Withdraws an unanswered request; its link is revoked so the contact's page says so. */
export async function cancelFeedbackRequest(
  deps: AppDeps,
  principal: Principal,
  id: string,
  version: number,
  requestId: string,
): Promise<FeedbackRequest> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const stamp = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await findFeedbackRequestRow(trx, institutionId, id);
    if (!row) throw new AppError('FEEDBACK_REQUEST_NOT_FOUND');
    if (row.status !== 'sent') throw new AppError('FEEDBACK_REQUEST_CLOSED', { status: row.status });
    if (!(await updateFeedbackRequestRow(trx, institutionId, id, version, { status: 'cancelled' })))
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await revokePublicLinks(trx, { institutionId, purpose: feedbackRequestPurpose, subjectId: id }, stamp);
    const after = toFeedbackRequest((await findFeedbackRequestRow(trx, institutionId, id))!, now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'feedback_request.cancelled',
        entityType: 'feedback_request',
        entityId: id,
        before: toFeedbackRequest(row, now),
        after,
      },
    );
    return after;
  });
}
