import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { salutation, signOff } from '../../../shared/domain/message-etiquette';

export interface AgreementReviewLinkContext {
  institutionName: string;
  senderName: string;
  documentName: string;
  subject: string;
  recipientName: string | null;
  url: string;
  expiresAt: string;
  zone: TimeZoneCode;
}

/** A polite work-chat message the sender edits before sending: what to read, how, until when. */
export function agreementReviewLinkText(context: AgreementReviewLinkContext): string {
  const until = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ianaTimeZones[context.zone],
  }).format(new Date(context.expiresAt));
  return [
    `Yth. ${salutation(context.recipientName)},`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. Bersama pesan ini kami sampaikan rancangan ${context.documentName} tentang ${context.subject}.`,
    '',
    'Mohon Bapak/Ibu berkenan membaca rancangan tersebut, memberi tanggapan pada pasal yang perlu diubah, atau menyatakan setuju melalui tautan berikut (tidak perlu membuat akun):',
    context.url,
    '',
    `Tautan ini berlaku sampai ${until}.`,
    '',
    'Atas perhatian dan kerja samanya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
