import type { Contact } from '../../../shared/contracts/partners';
import type { Catalog } from '../../../shared/i18n/catalog';
import type { FieldErrors } from '../../lib/field-errors';

/** The contact form as text; keys are the request's field paths (`consent.givenBy`). */
export const emptyContactValues = {
  salutation: '',
  name: '',
  position: '',
  phone: '',
  whatsApp: 'yes',
  email: '',
  preferences: '',
  sensitiveTopics: '',
  legalBasis: '',
  'consent.givenBy': '',
  'consent.givenAt': '',
  'consent.channel': '',
  religion: '',
};
export type ContactFormValues = typeof emptyContactValues;
export type ContactFieldName = keyof ContactFormValues;

export function toContactFormValues(contact: Contact): ContactFormValues {
  return {
    salutation: contact.salutation ?? '',
    name: contact.name,
    position: contact.position ?? '',
    phone: contact.phone ?? '',
    whatsApp: contact.whatsApp ? 'yes' : 'no',
    email: contact.email ?? '',
    preferences: contact.preferences ?? '',
    sensitiveTopics: contact.sensitiveTopics ?? '',
    legalBasis: contact.legalBasis,
    'consent.givenBy': contact.consent?.givenBy ?? '',
    'consent.givenAt': contact.consent?.givenAt ?? '',
    'consent.channel': contact.consent?.channel ?? '',
    religion: contact.religion ?? '',
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Consent fields only count under the Persetujuan basis. */
export function hasConsentRecord(values: ContactFormValues): boolean {
  return (
    values.legalBasis === 'consent' &&
    values['consent.givenBy'].trim() !== '' &&
    values['consent.givenAt'] !== '' &&
    values['consent.channel'] !== ''
  );
}

/** Whether the optional first contact of the new-partner form was started. */
export function isContactStarted(values: ContactFormValues): boolean {
  return (Object.keys(values) as ContactFieldName[]).some(
    (key) => key !== 'whatsApp' && values[key].trim() !== '',
  );
}

export function toContactRequest(values: ContactFormValues): Record<string, unknown> {
  const consentTouched =
    values.legalBasis === 'consent' &&
    [values['consent.givenBy'], values['consent.givenAt'], values['consent.channel']].some(
      (v) => v.trim() !== '',
    );
  return {
    salutation: values.salutation === '' ? null : values.salutation,
    name: values.name,
    position: orNull(values.position),
    phone: orNull(values.phone),
    whatsApp: values.phone.trim() !== '' && values.whatsApp === 'yes',
    email: orNull(values.email),
    preferences: orNull(values.preferences),
    sensitiveTopics: orNull(values.sensitiveTopics),
    legalBasis: values.legalBasis,
    consent: consentTouched
      ? {
          givenBy: values['consent.givenBy'],
          givenAt: values['consent.givenAt'],
          channel: values['consent.channel'],
        }
      : null,
    religion: hasConsentRecord(values) ? orNull(values.religion) : null,
  };
}

/** `consent` (the record as a whole) is shown under its first input. */
export function refineContactErrors(errors: FieldErrors, t: Catalog): FieldErrors {
  const refined: FieldErrors = { ...errors };
  if (refined.consent !== undefined) {
    refined['consent.givenBy'] ??= t.partnerFields.consentRequired;
    delete refined.consent;
  }
  return refined;
}
