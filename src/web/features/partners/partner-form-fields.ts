import type { ChangeEvent } from 'react';
import type { Catalog } from '../../../shared/i18n/catalog';
import { fieldErrorsFromError, hasFieldErrors, type FieldErrors } from '../../lib/field-errors';
import type { PartnerFieldName, PartnerFormValues } from './partner-form-values';

export interface TextFieldProps {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}

/** What each group of the partner form needs from the form state. */
export interface PartnerSectionProps {
  values: PartnerFormValues;
  errors: FieldErrors;
  field: (name: PartnerFieldName) => TextFieldProps;
  setValue: (name: PartnerFieldName, value: string) => void;
}

const regionKeys = ['region.provinceCode', 'region.regencyCode', 'region.districtCode', 'region.villageCode'];

/**
 * Sharper messages than the generic ones for a few partner fields: an empty region level is
 * "required", coordinates outside Indonesia say so, links must be full https addresses.
 */
export function refinePartnerErrors(errors: FieldErrors, values: PartnerFormValues, t: Catalog): FieldErrors {
  const refined: FieldErrors = { ...errors };
  if (refined.region !== undefined) {
    refined['region.provinceCode'] ??= refined.region;
    delete refined.region;
  }
  if (refined.location !== undefined) {
    refined['location.lat'] ??= refined.location;
    delete refined.location;
  }
  for (const key of regionKeys) {
    if (refined[key] !== undefined && values[key as PartnerFieldName].trim() === '')
      refined[key] = t.fields.required;
  }
  for (const key of ['location.lat', 'location.lng'] as const) {
    if (refined[key] === undefined) continue;
    refined[key] = values[key].trim() === '' ? t.fields.required : t.partnerFields.location;
  }
  for (const key of ['website', 'socialLinks'] as const) {
    if (refined[key] === t.fields.invalid) refined[key] = t.partnerFields.url;
  }
  return refined;
}

/** Server field errors, sharpened by `refine`, kept only for inputs this form has; null when none apply. */
export function placeRefinedErrors(
  error: unknown,
  t: Catalog,
  values: Record<string, string>,
  refine: (errors: FieldErrors) => FieldErrors,
): FieldErrors | null {
  const all = fieldErrorsFromError(error, t, values);
  if (!all) return null;
  const placed: FieldErrors = {};
  for (const [key, message] of Object.entries(refine(all)))
    if (key in values && message) placed[key] = message;
  return hasFieldErrors(placed) ? placed : null;
}
