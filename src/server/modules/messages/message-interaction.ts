import type { MessageChannel, MessagePurpose } from '../../../shared/domain/care-vocabulary';
import type { CreateInteractionInput } from '../engagement/index';

/** The contact log's words for what was sent (stored data, in the institution's language). */
const purposeWords: Record<MessagePurpose, string> = {
  introduction: 'Perkenalan',
  meeting_invitation: 'Undangan pertemuan',
  follow_up: 'Tindak lanjut',
  thanks: 'Ucapan terima kasih',
  greeting: 'Ucapan',
};

/**
 * A message confirmed as sent is a contact with the partner: logged as a personal WhatsApp or email
 * contact with the contact person, the purpose as its summary and the text as its notes.
 */
export function messageInteraction(
  message: {
    partnerId: string;
    contactId: string | null;
    channel: MessageChannel;
    purpose: MessagePurpose;
    subject: string | null;
    body: string;
  },
  occurredAt: string,
): CreateInteractionInput {
  const channelWord = message.channel === 'whatsapp' ? 'WhatsApp' : 'email';
  const notes = message.subject ? `${message.subject}\n\n${message.body}` : message.body;
  return {
    kind: message.channel,
    approach: 'personal',
    occurredAt,
    partnerIds: [message.partnerId],
    contactIds: message.contactId ? [message.contactId] : [],
    summary: `${purposeWords[message.purpose]} lewat ${channelWord}`,
    findings: {
      goals: null,
      scopeOfWork: null,
      field: null,
      vision: null,
      mission: null,
      needs: null,
      offers: null,
      otherNotes: notes.slice(0, 4000),
    },
  };
}
