import type { z } from 'zod';
import type { feedbackAnswerSchema, PublicFeedback } from '../../../shared/contracts/feedback';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { consumePublicLink } from '../../platform/links/public-links';
import { updateFeedbackRequestRow } from './feedback.repository';
import { findLinkedRequest, openFeedbackLink, toPublicFeedback } from './read-public-feedback';

export interface AnswerOrigin {
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}

/**
 * The contact's answer, given once: the answer, the spent link and the audit row are written
 * together, so a second submission through the same link changes nothing (410 LINK_USED).
 */
export async function answerFeedback(
  deps: AppDeps,
  requestId: string,
  token: string,
  input: z.output<typeof feedbackAnswerSchema>,
  origin: AnswerOrigin,
): Promise<PublicFeedback> {
  const now = deps.clock.now();
  const stamp = now.toISOString();
  const link = await openFeedbackLink(deps.db, requestId, token, now);
  const institutionId = link.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await findLinkedRequest(trx, link);
    await consumePublicLink(trx, link, stamp);
    // Cancelling revokes the link, so only a sent request gets here; the check keeps it that way.
    if (row.status !== 'sent') throw new AppError('LINK_REVOKED');
    const answer = {
      status: 'answered',
      satisfaction: input.satisfaction,
      recommend: input.recommend,
      improve: input.improve ?? null,
      comments: input.comments ?? null,
      respondent_name: input.respondentName ?? null,
      answered_at: stamp,
      answer_ip_address: origin.ipAddress,
      answer_user_agent: origin.userAgent,
    };
    if (!(await updateFeedbackRequestRow(trx, institutionId, row.id, row.version, answer)))
      throw new AppError('LINK_USED');
    await writeAudit(
      trx,
      deps,
      { principal: null, requestId: origin.requestId },
      {
        institutionId,
        action: 'feedback_request.answered',
        entityType: 'feedback_request',
        entityId: row.id,
        before: { status: row.status, version: row.version },
        after: {
          status: 'answered',
          version: row.version + 1,
          satisfaction: answer.satisfaction,
          recommend: answer.recommend,
          improve: answer.improve,
          comments: answer.comments,
          respondentName: answer.respondent_name,
          linkId: link.id,
          ipAddress: origin.ipAddress,
          userAgent: origin.userAgent,
        },
      },
    );
    return toPublicFeedback(trx, { ...row, ...answer }, link);
  });
}
