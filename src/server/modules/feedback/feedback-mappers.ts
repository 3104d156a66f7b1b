import type { FeedbackRequest } from '../../../shared/contracts/feedback';
import type { FeedbackStatus } from '../../../shared/domain/care-vocabulary';
import type { FeedbackRequestRow } from './feedback.repository';

export function toFeedbackRequest(row: FeedbackRequestRow, now: Date): FeedbackRequest {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    status: row.status as FeedbackStatus,
    expired: row.status === 'sent' && row.expires_at <= now.toISOString(),
    requestedAt: row.requested_at,
    requestedByUserId: row.requested_by_user_id,
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
    satisfaction: row.satisfaction,
    recommend: row.recommend,
    improve: row.improve,
    comments: row.comments,
    respondentName: row.respondent_name,
    version: row.version,
  };
}
