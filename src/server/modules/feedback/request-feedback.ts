import type { IssuedFeedbackRequest } from '../../../shared/contracts/feedback';
import { normalizePhone } from '../../../shared/domain/phone';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { issueShareableLink } from '../../platform/links/issue-shareable-link';
import { whatsAppUrl } from '../../platform/links/whats-app-url';
import { findInstitutionTimeZone } from '../institutions/index';
import {
  findContactRow,
  findFeedbackRequestRow,
  findInstitutionName,
  findPartnerRef,
  insertFeedbackRequestRow,
} from './feedback.repository';
import { toFeedbackRequest } from './feedback-mappers';
import { feedbackRequestText } from './feedback-request-wording';

export const feedbackRequestPurpose = 'feedback_request';
/** Two weeks: long enough to answer after a busy week, short enough that the answer is about now. */
export const feedbackLinkLifetimeMs = 14 * 24 * 3_600_000;

/**
 * A request for feedback from one contact of the partner, with a single-use link and a WhatsApp
 * draft. A contact of another partner is "not found"; one who withdrew consent is not asked.
 */
export async function requestFeedback(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  input: { contactId: string },
  baseUrl: string,
  requestId: string,
): Promise<IssuedFeedbackRequest> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const partner = await findPartnerRef(trx, institutionId, partnerId);
    if (!partner) throw new AppError('PARTNER_NOT_FOUND');
    const contact = await findContactRow(trx, institutionId, input.contactId);
    if (!contact || contact.partner_id !== partnerId) throw new AppError('CONTACT_NOT_FOUND');
    if (contact.consent_withdrawn_at) throw new AppError('CONTACT_CONSENT_WITHDRAWN');
    const id = newId();
    const { link, url, expiresAt } = await issueShareableLink(trx, {
      institutionId,
      purpose: feedbackRequestPurpose,
      subjectId: id,
      singleUse: true,
      recipient: contact.name,
      createdByUserId: principal.userId,
      now,
      lifetimeMs: feedbackLinkLifetimeMs,
      baseUrl,
      pagePath: '/tautan/umpan-balik',
    });
    await insertFeedbackRequestRow(trx, {
      id,
      institution_id: institutionId,
      partner_id: partnerId,
      contact_id: contact.id,
      public_link_id: link.id,
      status: 'sent',
      requested_by_user_id: principal.userId,
      requested_at: now.toISOString(),
      expires_at: expiresAt,
      version: 1,
    });
    const row = (await findFeedbackRequestRow(trx, institutionId, id))!;
    const request = toFeedbackRequest(row, now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'feedback_request.created',
        entityType: 'feedback_request',
        entityId: id,
        // The token is the contact's key: only the link's id is kept on record.
        after: { ...request, linkId: link.id },
      },
    );
    const whatsAppText = feedbackRequestText({
      institutionName: await findInstitutionName(trx, institutionId),
      senderName: principal.userName,
      partnerName: partner.name,
      contactName: contact.name,
      contactSalutation: contact.salutation,
      url,
      expiresAt,
      zone,
      now,
    });
    // Straight to the contact's chat when the number is on WhatsApp; otherwise the sender picks it.
    const phone = contact.whatsapp === 1 && contact.phone ? normalizePhone(contact.phone) : null;
    return { request, url, expiresAt, whatsAppText, whatsAppUrl: whatsAppUrl(whatsAppText, phone) };
  });
}
