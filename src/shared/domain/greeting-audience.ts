import type { religions } from './partner-vocabulary';

export type Religion = (typeof religions)[number];

/**
 * The occasions a greeting can be for: the greeting holidays of official-holidays.ts (their
 * `occasion_key`), then the calendar's partner occasions (`anniversary` of an agreement, the
 * partner's founding day, a product launch) and `general` for anything else.
 */
export const greetingOccasionKeys = [
  'tahun_baru',
  'isra_mikraj',
  'imlek',
  'nyepi',
  'idulfitri',
  'paskah',
  'iduladha',
  'waisak',
  'tahun_baru_islam',
  'kemerdekaan',
  'maulid',
  'natal',
  'anniversary',
  'partner_founded',
  'product_launch',
  'general',
] as const;
export type GreetingOccasionKey = (typeof greetingOccasionKeys)[number];

export function isGreetingOccasionKey(key: string): key is GreetingOccasionKey {
  return (greetingOccasionKeys as readonly string[]).includes(key);
}

/**
 * Who a greeting may go to (domain-facts.md: a religious greeting only to contacts who observe it,
 * recorded with consent; Idulfitri and the New Year conventionally go to everyone).
 * - idulfitri: everyone (Lebaran greetings and "mohon maaf lahir dan batin" are national custom)
 * - iduladha, tahun_baru_islam, isra_mikraj, maulid: islam
 * - natal, paskah: protestant and catholic
 * - nyepi: hindu; waisak: buddhist
 * - imlek: confucian (the holiday is the Khonghucu new year; we record religion, not ethnicity, so
 *   a Chinese-Indonesian contact of another faith is not assumed to celebrate it)
 * - tahun_baru, kemerdekaan, anniversaries, founding days, launches, general: everyone
 * `other` never matches a religious greeting: the system cannot know which one it would be.
 */
const observances: Partial<Record<GreetingOccasionKey, readonly Religion[]>> = {
  iduladha: ['islam'],
  tahun_baru_islam: ['islam'],
  isra_mikraj: ['islam'],
  maulid: ['islam'],
  natal: ['protestant', 'catholic'],
  paskah: ['protestant', 'catholic'],
  nyepi: ['hindu'],
  waisak: ['buddhist'],
  imlek: ['confucian'],
};

/** The religions a greeting is for, or null when it goes to everyone (unknown keys: everyone). */
export function greetingObservance(occasionKey: string | null): readonly Religion[] | null {
  if (!occasionKey || !isGreetingOccasionKey(occasionKey)) return null;
  return observances[occasionKey] ?? null;
}

export interface GreetingRecipient {
  /** Kept only with consent; cleared when consent is withdrawn. */
  religion: Religion | null;
  consentRecorded: boolean;
  consentWithdrawn: boolean;
}

/** Whether the greeting for this occasion may go to this contact. */
export function greetingAllowedFor(occasionKey: string | null, contact: GreetingRecipient): boolean {
  const audience = greetingObservance(occasionKey);
  if (!audience) return true;
  if (!contact.consentRecorded || contact.consentWithdrawn || !contact.religion) return false;
  return audience.includes(contact.religion);
}
