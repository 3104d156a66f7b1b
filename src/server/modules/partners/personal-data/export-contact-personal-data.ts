import type { ContactPersonalData } from '../../../../shared/contracts/contact-personal-data';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { AppError } from '../../../platform/http/app-error';
import { findInstitutionName } from '../../institutions/index';
import { getPartnerRow } from '../get-partner';
import { findContactRow } from '../partner-contacts.repository';
import { toContact } from '../partner-mappers';
import {
  listContactFeedbackRows,
  listContactInteractionRows,
  listContactInvitationRows,
  listContactProcessingRows,
  listPartnerAgreementRows,
  listPartnerMeetingRows,
  listPartnerMessageRows,
} from './contact-personal-data.repository';

/**
 * Everything held about one contact person (UU PDP's right of access): the contact record, the
 * records that name them, and the audit rows of how their data was processed.
 */
export async function exportContactPersonalData(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  contactId: string,
): Promise<ContactPersonalData> {
  const { db } = deps;
  const institutionId = principal.institutionId;
  const partner = await getPartnerRow(db, institutionId, partnerId);
  const row = await findContactRow(db, institutionId, partnerId, contactId);
  if (!row) throw new AppError('CONTACT_NOT_FOUND');
  const names = (json: string | null) => json !== null && json.includes(contactId);
  const [interactions, meetings, agreements, messages, feedback, invitations, history] = await Promise.all([
    listContactInteractionRows(db, institutionId, contactId),
    listPartnerMeetingRows(db, institutionId, partnerId),
    listPartnerAgreementRows(db, institutionId, partnerId),
    listPartnerMessageRows(db, institutionId, partnerId),
    listContactFeedbackRows(db, institutionId, contactId),
    listContactInvitationRows(db, institutionId, contactId),
    listContactProcessingRows(db, institutionId, contactId),
  ]);
  return {
    exportedAt: deps.clock.now().toISOString(),
    institution: { id: institutionId, name: await findInstitutionName(db, institutionId) },
    partner: { id: partner.id, name: partner.name },
    contact: toContact(row),
    interactions: interactions.map((i) => ({
      id: i.id,
      occurredAt: i.occurred_at,
      kind: i.kind,
      summary: i.summary,
    })),
    meetings: meetings
      .filter((m) => names(m.attendees_json))
      .map((m) => ({ id: m.id, title: m.title, startsAt: m.starts_at })),
    agreements: agreements
      .filter((a) => names(a.signatories_json))
      .map((a) => ({ id: a.id, subject: a.subject, status: a.status })),
    messages: messages
      .filter((m) => m.contact_id === contactId)
      .map((m) => ({
        id: m.id,
        createdAt: m.created_at,
        channel: m.channel,
        purpose: m.purpose,
        status: m.status,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
      })),
    feedback: feedback.map((f) => ({
      id: f.id,
      requestedAt: f.requested_at,
      answeredAt: f.answered_at,
      status: f.status,
      respondentName: f.respondent_name,
      comments: f.comments,
      improve: f.improve,
    })),
    gatheringInvitations: invitations.map((i) => ({
      id: i.id,
      gatheringId: i.gathering_id,
      reply: i.reply,
      replyNote: i.reply_note,
    })),
    processingHistory: history.map((h) => ({
      occurredAt: h.occurred_at,
      action: h.action,
      entityType: h.entity_type,
      entityId: h.entity_id,
      actorName: h.actor_name,
      requestId: h.request_id,
    })),
  };
}
