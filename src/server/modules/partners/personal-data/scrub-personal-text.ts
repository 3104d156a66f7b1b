import { toLocalPhone } from '../../../../shared/domain/phone';

/** What an erased person's name, phone or e-mail becomes wherever it was written. */
export const erasedMark = '[dihapus]';

/** The strings that identify a contact person, in every form Jalin writes a phone number. */
export function identifyingStrings(contact: {
  name: string;
  phone: string | null;
  email: string | null;
}): string[] {
  const phoneForms = contact.phone
    ? [contact.phone, contact.phone.replace('+', ''), toLocalPhone(contact.phone)]
    : [];
  // Shorter strings would also hit ordinary words; a two-letter name is only removed where it stands alone.
  return [...new Set([contact.name.trim(), contact.email?.trim() ?? '', ...phoneForms])]
    .filter((text) => text.length >= 3)
    .sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scrubText(text: string, secrets: string[]): string {
  if (secrets.length === 0) return text;
  const pattern = new RegExp(secrets.map(escapeRegExp).join('|'), 'giu');
  return text.replace(pattern, erasedMark);
}

export function scrubNullableText(text: string | null, secrets: string[]): string | null {
  return text === null ? null : scrubText(text, secrets);
}

function scrubValue(value: unknown, secrets: string[]): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, secrets)]));
  }
  return value;
}

/** Scrubs the string values of a JSON text, keeping its shape (readers of the JSON still parse it). */
export function scrubJsonText(json: string | null, secrets: string[]): string | null {
  if (json === null) return null;
  return JSON.stringify(scrubValue(JSON.parse(json) as unknown, secrets));
}
