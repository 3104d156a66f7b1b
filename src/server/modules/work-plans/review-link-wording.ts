import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { greeting, salutation, signOff } from '../../../shared/domain/message-etiquette';

function part(date: Date, zone: TimeZoneCode, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('id-ID', { ...options, timeZone: ianaTimeZones[zone] }).format(date);
}

export interface ReviewLinkContext {
  institutionName: string;
  senderName: string;
  partnershipName: string;
  planTitle: string;
  cycleYear: number;
  recipientName: string | null;
  url: string;
  expiresAt: string;
  zone: TimeZoneCode;
  now: Date;
}

/**
 * A polite work-chat message: who writes and why, what to do with the link, until when it works.
 * The sender edits and sends it; nothing leaves the server.
 */
export function reviewLinkText(context: ReviewLinkContext): string {
  const { zone } = context;
  const until = part(new Date(context.expiresAt), zone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return [
    `${greeting(context.now, zone)}, ${salutation(context.recipientName)}.`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. Bersama pesan ini kami sampaikan rancangan Rencana Kerja Bersama "${context.planTitle}" tahun ${context.cycleYear} untuk kemitraan ${context.partnershipName}.`,
    '',
    'Mohon Bapak/Ibu berkenan meninjau kegiatan, jadwal, anggaran dan kontribusi masing-masing pihak, lalu menyetujui rencana ini atau menyampaikan usulan perubahan melalui tautan berikut (tidak perlu membuat akun):',
    context.url,
    '',
    `Tautan ini berlaku sampai ${until}.`,
    '',
    'Atas perhatian dan kerja samanya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
