import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { greeting, salutation, signOff } from '../../../shared/domain/message-etiquette';

export interface PartnerLinkContext {
  institutionName: string;
  senderName: string;
  partnershipName: string;
  cycleYear: number;
  recipientName: string | null;
  url: string;
  expiresAt: string;
  zone: TimeZoneCode;
  now: Date;
}

/**
 * A polite work-chat message asking the partner for its part of the joint evaluation; the sender
 * edits and sends it, nothing leaves the server.
 */
export function partnerLinkText(context: PartnerLinkContext): string {
  const until = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ianaTimeZones[context.zone],
  }).format(new Date(context.expiresAt));
  return [
    `${greeting(context.now, context.zone)}, ${salutation(context.recipientName)}.`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. Kami sedang menyusun evaluasi bersama kemitraan ${context.partnershipName} untuk tahun ${context.cycleYear}.`,
    '',
    'Mohon Bapak/Ibu berkenan mengisi penilaian dari pihak mitra (capaian tujuan, kendala, tingkat kepuasan dan saran) melalui tautan berikut (tidak perlu membuat akun; tautan hanya dapat dipakai sekali):',
    context.url,
    '',
    `Tautan ini berlaku sampai ${until}.`,
    '',
    'Atas perhatian dan kerja samanya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
