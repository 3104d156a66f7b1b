import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';

function part(date: Date, zone: TimeZoneCode, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('id-ID', { ...options, timeZone: ianaTimeZones[zone] }).format(date);
}

/** The greeting for the hour the message is written, in the institution's zone. */
function greeting(now: Date, zone: TimeZoneCode): string {
  const hour = Number(part(now, zone, { hour: '2-digit', hourCycle: 'h23' }));
  if (hour < 11) return 'Selamat pagi';
  if (hour < 15) return 'Selamat siang';
  if (hour < 18) return 'Selamat sore';
  return 'Selamat malam';
}

/** "Bapak/Ibu Rusmini", unless the name already carries its own honorific. */
function salutation(name: string | null): string {
  if (!name) return 'Bapak/Ibu';
  return /^(bapak|ibu|bpk\.?|pak|bu|sdr\.?|sdri\.?)\s/i.test(name.trim())
    ? name.trim()
    : `Bapak/Ibu ${name.trim()}`;
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
    'Hormat kami,',
    context.senderName,
    context.institutionName,
  ].join('\n');
}
