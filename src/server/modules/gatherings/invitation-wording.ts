import { ianaTimeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { greeting, salutation, signOff } from '../../../shared/domain/message-etiquette';

export interface InvitationTextContext {
  institutionName: string;
  senderName: string;
  partnerName: string;
  contactName: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  url: string;
  zone: TimeZoneCode;
  now: Date;
}

/** A polite invitation to a temu mitra with the reply link; the sender edits and sends it. */
export function invitationText(context: InvitationTextContext): string {
  const timeZone = ianaTimeZones[context.zone];
  const day = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(context.startsAt));
  const time = (iso: string) =>
    new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .format(new Date(iso))
      .replace(':', '.');
  return [
    `${greeting(context.now, context.zone)}, ${salutation(context.contactName)}.`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. Dengan hormat, kami mengundang ${context.partnerName} untuk hadir dalam ${context.title}:`,
    '',
    `Hari/tanggal: ${day}`,
    `Waktu: ${time(context.startsAt)}–${time(context.endsAt)} ${context.zone}`,
    `Tempat: ${context.place}`,
    '',
    'Mohon konfirmasi kehadiran melalui tautan berikut (tidak perlu membuat akun):',
    context.url,
    '',
    'Konfirmasi dapat diubah sampai acara dimulai. Atas perhatian dan kehadirannya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
