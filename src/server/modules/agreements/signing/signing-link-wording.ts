import { ianaTimeZones, type TimeZoneCode } from '../../../../shared/domain/institution-kinds';
import { salutation, signOff } from '../../../../shared/domain/message-etiquette';

export interface SigningLinkContext {
  institutionName: string;
  senderName: string;
  /** "NOTA KESEPAHAMAN" … as the document's title says it. */
  heading: string;
  subject: string;
  number: string | null;
  signatoryName: string;
  signatoryPosition: string;
  url: string;
  expiresAt: string;
  zone: TimeZoneCode;
}

function until(expiresAt: string, zone: TimeZoneCode): string {
  return new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ianaTimeZones[zone],
  }).format(new Date(expiresAt));
}

/**
 * The message the institution sends with a signing link: who asks, what is to be signed, that the
 * signer confirms name and position, that the link works once, and until when. The sender edits it.
 */
export function signingLinkText(context: SigningLinkContext): string {
  const title = `${context.heading} tentang ${context.subject}`;
  return [
    `Yth. ${salutation(context.signatoryName)} (${context.signatoryPosition}),`,
    '',
    `Saya ${context.senderName} dari ${context.institutionName}. ${title}${context.number ? ` Nomor ${context.number}` : ''} sudah siap ditandatangani.`,
    '',
    'Mohon Bapak/Ibu membuka tautan berikut, membaca dokumennya, mengonfirmasi nama dan jabatan, lalu membubuhkan tanda tangan (digambar di layar atau mengunggah pindaian dokumen yang sudah ditandatangani):',
    context.url,
    '',
    `Tautan ini khusus untuk Bapak/Ibu, hanya dapat dipakai satu kali, dan berlaku sampai ${until(context.expiresAt, context.zone)}.`,
    '',
    'Terima kasih atas kerja samanya.',
    '',
    ...signOff(context.senderName, context.institutionName),
  ].join('\n');
}
