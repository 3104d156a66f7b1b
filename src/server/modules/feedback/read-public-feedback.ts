import type { PublicFeedback } from '../../../shared/contracts/feedback';
import {
  feedbackRecommendMax,
  feedbackRecommendMin,
  feedbackSatisfactionMax,
  feedbackSatisfactionMin,
} from '../../../shared/contracts/feedback';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import { findInstitutionTimeZone } from '../institutions/index';
import { findFeedbackRequestRow, findInstitutionName, type FeedbackRequestRow } from './feedback.repository';
import { feedbackRequestPurpose } from './request-feedback';

const questions: PublicFeedback['questions'] = [
  {
    key: 'satisfaction',
    kind: 'scale',
    min: feedbackSatisfactionMin,
    max: feedbackSatisfactionMax,
    required: true,
  },
  { key: 'recommend', kind: 'scale', min: feedbackRecommendMin, max: feedbackRecommendMax, required: true },
  { key: 'improve', kind: 'text', min: null, max: null, required: false },
  { key: 'comments', kind: 'text', min: null, max: null, required: false },
  { key: 'respondentName', kind: 'text', min: null, max: null, required: false },
];

/** The link behind the token, when it opens this request; otherwise LINK_NOT_FOUND, _EXPIRED, _USED, _REVOKED. */
export function openFeedbackLink(db: Db, requestId: string, token: string, now: Date): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: feedbackRequestPurpose,
    subjectId: requestId,
    now: now.toISOString(),
  });
}

export async function findLinkedRequest(db: Db, link: PublicLink): Promise<FeedbackRequestRow> {
  const row = await findFeedbackRequestRow(db, link.institutionId, link.subjectId);
  // A link without its request answers like an unknown link: nothing to probe.
  if (!row) throw new AppError('LINK_NOT_FOUND');
  return row;
}

/** Who asks and what; the contact's own name only, nothing else of the partner's record. */
export async function toPublicFeedback(
  db: Db,
  row: FeedbackRequestRow,
  link: PublicLink,
): Promise<PublicFeedback> {
  return {
    id: row.id,
    institutionName: await findInstitutionName(db, row.institution_id),
    partnerName: row.partner_name,
    contactName: row.contact_name,
    questions,
    linkExpiresAt: link.expiresAt,
    answeredAt: row.answered_at,
    timeZone: await findInstitutionTimeZone(db, row.institution_id),
  };
}

export async function readPublicFeedback(
  db: Db,
  requestId: string,
  token: string,
  now: Date,
): Promise<PublicFeedback> {
  const link = await openFeedbackLink(db, requestId, token, now);
  return toPublicFeedback(db, await findLinkedRequest(db, link), link);
}
