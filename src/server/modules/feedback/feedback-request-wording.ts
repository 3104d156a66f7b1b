import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { greeting, salutation, signOff } from '../../../shared/domain/message-etiquette';

export interface FeedbackRequestWordingContext {
  institutionName: string;
  senderName: string;
  partnerName: string;
  contactName: string;
  /** Bapak/Ibu as recorded for the contact, when it is. */
  contactSalutation: string | null;
  url: string;
  expiresAt: string;
  zone: TimeZoneCode;
  now: Date;
}

/**
 * The WhatsApp draft of a feedback request: who asks, why (to serve the partner better), how long it
 * takes and until when the link works. The sender edits and sends it; nothing leaves the server.
 */
export function feedbackRequestText(context: FeedbackRequestWordingContext): string {
  const until = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ianaTimeZones[context.zone],
  }).format(new Date(context.expiresAt));
  const addressee = context.contactSalutation
    ? `${context.contactSalutation} ${context.contactName}`
    : salutation(context.contactName);
  return [
    `${greeting(context.now, context.zone)}, ${addressee}.`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. Terima kasih atas kerja sama ${context.partnerName} selama ini.`,
    '',
    'Agar kami dapat melayani kemitraan ini dengan lebih baik, kami mohon kesediaan Bapak/Ibu mengisi umpan balik singkat (sekitar 2 menit): tingkat kepuasan, kesediaan merekomendasikan kami, dan saran perbaikan. Tidak perlu membuat akun; tautan hanya dapat dipakai sekali:',
    context.url,
    '',
    `Tautan ini berlaku sampai ${until}.`,
    '',
    'Atas waktu dan masukannya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
