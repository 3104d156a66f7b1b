import { ianaTimeZones, type TimeZoneCode } from './institution-kinds';

/**
 * Work-chat etiquette for messages the institution sends partners (domain-facts.md: greet, say who
 * writes and why, thank). Every drafted message — invitations, review and signing links — uses it.
 */

/** The greeting for the hour the message is written, in the institution's zone. */
export function greeting(now: Date, zone: TimeZoneCode): string {
  const hour = Number(
    new Intl.DateTimeFormat('id-ID', {
      hour: '2-digit',
      hourCycle: 'h23',
      timeZone: ianaTimeZones[zone],
    }).format(now),
  );
  if (hour < 11) return 'Selamat pagi';
  if (hour < 15) return 'Selamat siang';
  if (hour < 18) return 'Selamat sore';
  return 'Selamat malam';
}

/** "Bapak/Ibu Rusmini", unless the recorded name already carries its own honorific. */
export function salutation(name: string | null): string {
  if (!name) return 'Bapak/Ibu';
  return /^(bapak|ibu|bpk\.?|pak|bu|sdr\.?|sdri\.?)\s/i.test(name.trim())
    ? name.trim()
    : `Bapak/Ibu ${name.trim()}`;
}

/** The last lines of every message: who sends it, for which institution. */
export function signOff(senderName: string, institutionName: string): string[] {
  return ['Hormat kami,', senderName, institutionName];
}
