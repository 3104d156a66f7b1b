import type { Meeting } from '../../../../shared/contracts/meetings';
import type { MeetingKind } from '../../../../shared/domain/exploration-meetings';
import { ianaTimeZones, type TimeZoneCode } from '../../../../shared/domain/institution-kinds';
import { greeting, salutation, signOff } from '../../../../shared/domain/message-etiquette';

/** How an invitation names the meeting, in the middle of an Indonesian sentence. */
const kindWords: Record<MeetingKind, string> = {
  audience: 'audiensi',
  presentation: 'presentasi program',
  other: 'pertemuan',
};

export function kindWord(kind: MeetingKind): string {
  return kindWords[kind];
}

function part(date: Date, zone: TimeZoneCode, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('id-ID', { ...options, timeZone: ianaTimeZones[zone] }).format(date);
}

/** "Jumat, 10 April 2026". */
export function dayAndDate(iso: string, zone: TimeZoneCode): string {
  return part(new Date(iso), zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "09.00 WITA" or "09.00–11.00 WITA". */
export function timeRange(startsAt: string, endsAt: string | null, zone: TimeZoneCode): string {
  const clock = (iso: string) =>
    part(new Date(iso), zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${clock(startsAt)}${endsAt ? `–${clock(endsAt)}` : ''} ${zone}`;
}

/** "Bapak/Ibu Rusmini", unless the recorded name already carries its own honorific. */
export interface InvitationContext {
  meeting: Pick<Meeting, 'kind' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'onlineLink' | 'agenda'>;
  institutionName: string;
  senderName: string;
  zone: TimeZoneCode;
  now: Date;
}

export function invitationSubject(context: InvitationContext): string {
  const word = kindWord(context.meeting.kind);
  return `Undangan ${word}: ${context.meeting.title} (${context.institutionName})`;
}

/** A polite work-chat invitation (greeting, who writes, what, when, where, agenda, thanks). */
export function invitationText(context: InvitationContext, recipientName: string | null): string {
  const { meeting, zone } = context;
  const lines = [
    `${greeting(context.now, zone)}, ${salutation(recipientName)}.`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. Dengan hormat, kami mengundang Bapak/Ibu untuk hadir dalam ${kindWord(meeting.kind)} "${meeting.title}" yang akan kami selenggarakan pada:`,
    '',
    `Hari/tanggal: ${dayAndDate(meeting.startsAt, zone)}`,
    `Waktu: ${timeRange(meeting.startsAt, meeting.endsAt, zone)}`,
    ...(meeting.place ? [`Tempat: ${meeting.place}`] : []),
    ...(meeting.onlineLink ? [`Tautan pertemuan daring: ${meeting.onlineLink}`] : []),
    '',
    'Agenda:',
    meeting.agenda,
    '',
    'Kehadiran Bapak/Ibu sangat kami harapkan. Mohon kesediaannya untuk mengonfirmasi kehadiran dengan membalas pesan ini.',
    '',
    'Atas perhatian dan kerja samanya, kami ucapkan terima kasih.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ];
  return lines.join('\n');
}
