import type { MeetingInvitation } from '../../../../shared/contracts/meetings';
import type { TimeZoneCode } from '../../../../shared/domain/institution-kinds';
import { whatsAppLink } from '../../../../shared/domain/phone';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { getMeeting } from './get-meeting';
import { invitationSubject, invitationText, type InvitationContext } from './invitation-wording';
import { findInviterInstitution, listPartnershipContacts } from './meetings.repository';

export async function readInvitationContext(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
): Promise<InvitationContext & { meetingId: string; attendingContactIds: Set<string> }> {
  const now = deps.clock.now();
  const meeting = await getMeeting(deps.db, principal.institutionId, partnershipId, meetingId, now);
  const institution = await findInviterInstitution(deps.db, principal.institutionId);
  return {
    meeting,
    meetingId: meeting.id,
    institutionName: institution?.name ?? '',
    senderName: principal.userName,
    zone: (institution?.time_zone as TimeZoneCode | undefined) ?? 'WIB',
    now,
    attendingContactIds: new Set(
      meeting.attendees.partner.flatMap((a) => (a.contactId ? [a.contactId] : [])),
    ),
  };
}

/**
 * The invitation as a ready draft: the text, and for each contact person of the partners a
 * WhatsApp and an email link greeting them by name. Nothing is sent; the sender edits and sends.
 */
export async function buildMeetingInvitation(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
): Promise<MeetingInvitation> {
  const context = await readInvitationContext(deps, principal, partnershipId, meetingId);
  const subject = invitationSubject(context);
  const contacts = await listPartnershipContacts(deps.db, principal.institutionId, partnershipId);
  return {
    subject,
    text: invitationText(context, null),
    contacts: contacts.map((contact) => {
      const text = invitationText(context, contact.name);
      return {
        contactId: contact.id,
        name: contact.name,
        position: contact.position,
        partnerId: contact.partner_id,
        partnerName: contact.partner_name,
        phone: contact.phone,
        whatsApp: contact.whatsapp === 1,
        // Phones are stored in E.164 (normalised when the contact is saved).
        whatsAppUrl: contact.phone ? whatsAppLink(contact.phone, text) : null,
        email: contact.email,
        mailtoUrl: contact.email
          ? `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`
          : null,
        attending: context.attendingContactIds.has(contact.id),
      };
    }),
  };
}
