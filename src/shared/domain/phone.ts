import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Display and links need no phone metadata: pages that only show numbers import phone-format.
export { toLocalPhone, whatsAppLink } from './phone-format';

/**
 * Indonesian numbers as people write them: `0812-3456-7890`, `+62 812 3456 7890`, `6281234567890`,
 * `812…`. A leading `62` before `8` is the country code (libphonenumber alone would read
 * `62812…` as a landline in area 62). Returns E.164 or null when it is not a valid number.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d(][\d\s().-]*$/.test(trimmed)) return null;
  let digits = trimmed.replace(/[^\d+]/g, '');
  if (/^62[8]/.test(digits)) digits = `+${digits}`;
  else if (/^8\d{8,11}$/.test(digits)) digits = `0${digits}`;
  const parsed = parsePhoneNumberFromString(digits, 'ID');
  return parsed?.isValid() ? parsed.number : null;
}
