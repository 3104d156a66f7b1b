import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { greeting, salutation, signOff } from '../../../shared/domain/message-etiquette';

export interface EvidenceLinkContext {
  institutionName: string;
  senderName: string;
  partnershipName: string;
  recipientName: string | null;
  url: string;
  expiresAt: string;
  zone: TimeZoneCode;
  now: Date;
}

/**
 * A polite work-chat message asking the partner for its photos and attendance lists; the sender
 * edits and sends it, nothing leaves the server.
 */
export function evidenceLinkText(context: EvidenceLinkContext): string {
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
    `Saya ${context.senderName} dari ${context.institutionName}. Untuk laporan pelaksanaan kemitraan ${context.partnershipName}, kami mohon bantuan Bapak/Ibu mengirimkan bukti kegiatan yang menjadi bagian mitra: foto kegiatan, daftar hadir, atau dokumen lainnya.`,
    '',
    'Bukti dapat diunggah langsung dari ponsel melalui tautan berikut (tidak perlu membuat akun):',
    context.url,
    '',
    `Tautan ini dapat dipakai berulang kali sampai ${until}.`,
    '',
    'Atas perhatian dan kerja samanya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
