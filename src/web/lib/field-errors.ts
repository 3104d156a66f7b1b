import { z } from 'zod';
import { fill, type Catalog } from '../../shared/i18n/catalog';
import { isApiError } from './api-client';

/** Field problems keyed by the dotted field path (`name`, `accreditationExpiresOn`). */
export type FieldErrors = Partial<Record<string, string>>;

/** The part of a zod issue (client side) or a server `details` item we read. */
export interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
}

const detailsSchema = z.array(
  z.object({
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    code: z.string().optional(),
    minimum: z.unknown().optional(),
    maximum: z.unknown().optional(),
    format: z.string().optional(),
  }),
);

const requestParts = new Set(['body', 'query', 'params']);

function messageByCode(t: Catalog): Record<string, string> {
  return {
    NPSN_FORMAT: t.fields.npsn,
    REGION_CODE_FORMAT: t.fields.regionCode,
    MISSING_SEQUENCE: t.fields.patternMissingSequence,
    UNKNOWN_TOKEN: t.fields.patternUnknownToken,
    UNBALANCED_BRACES: t.fields.patternUnbalancedBraces,
    PASSWORD_MISMATCH: t.fields.passwordMismatch,
    PASSWORD_TOO_WEAK: t.errors.PASSWORD_TOO_WEAK,
    EMAIL_TAKEN: t.errors.EMAIL_TAKEN,
    REGION_NOT_FOUND: t.errors.REGION_NOT_FOUND,
    REGION_LEVEL: t.regions.levelMismatch,
    NIB_FORMAT: t.partnerFields.nib,
    NPWP_FORMAT: t.partnerFields.npwp,
    KBLI_FORMAT: t.partnerFields.kbli,
    COOPERATIVE_NUMBER_FORMAT: t.partnerFields.cooperativeNumber,
    PHONE_INVALID: t.partnerFields.phone,
    CONSENT_RECORD_REQUIRED: t.partnerFields.consentRequired,
    RELIGION_NEEDS_CONSENT: t.partnerFields.religionNeedsConsent,
    PARTNER_CATEGORY_UNKNOWN: t.partnerFields.category,
    NAME_NEEDS_LETTERS: t.partnerCategories.nameNeedsLetters,
  };
}

export function describeIssue(issue: IssueLike, t: Catalog, currentValue?: unknown): string {
  const known = messageByCode(t)[issue.message];
  if (known) return known;
  if (currentValue === '' || currentValue === undefined || currentValue === null) return t.fields.required;
  switch (issue.code) {
    case 'too_small':
      return typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint'
        ? fill(t.fields.tooShort, { min: String(issue.minimum) })
        : t.fields.invalid;
    case 'too_big':
      return typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint'
        ? fill(t.fields.tooLong, { max: String(issue.maximum) })
        : t.fields.invalid;
    case 'invalid_format':
      if (issue.format === 'email') return t.fields.email;
      if (issue.format === 'date' || issue.format === 'datetime') return t.fields.date;
      return t.fields.invalid;
    case 'invalid_type':
      return t.fields.required;
    default:
      return t.fields.invalid;
  }
}

/** The form field of a path: list items (`supervisedRegionCodes.0`) belong to their list's input. */
function toFieldKey(path: ReadonlyArray<PropertyKey>): string {
  const firstIndex = path.findIndex((segment) => typeof segment === 'number');
  return (firstIndex === -1 ? path : path.slice(0, firstIndex)).map(String).join('.');
}

/** First problem per field; `values` lets an empty field say "required" instead of "too short". */
export function toFieldErrors(
  issues: readonly IssueLike[],
  t: Catalog,
  values?: Record<string, unknown>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = toFieldKey(issue.path);
    if (errors[key] !== undefined) continue;
    errors[key] = describeIssue(issue, t, values?.[key]);
  }
  return errors;
}

/** Field errors from a VALIDATION_FAILED answer, or null when the error is something else. */
export function fieldErrorsFromError(
  error: unknown,
  t: Catalog,
  values?: Record<string, unknown>,
): FieldErrors | null {
  if (!isApiError(error, 'VALIDATION_FAILED')) return null;
  const raw = error.details;
  const list = Array.isArray(raw) ? raw : (raw as { issues?: unknown } | null)?.issues;
  const parsed = detailsSchema.safeParse(list);
  if (!parsed.success) return {};
  // The server names the request part first (`["body", "npsn"]`); forms know fields only.
  const issues = parsed.data.map((issue) => {
    const [first, ...rest] = issue.path;
    return typeof first === 'string' && requestParts.has(first) ? { ...issue, path: rest } : issue;
  });
  return toFieldErrors(issues, t, values);
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** Field problems of a save error that belong to inputs of this form, or null when it belongs in an alert. */
export function placeFieldErrors(
  error: unknown,
  t: Catalog,
  values: Record<string, unknown>,
): FieldErrors | null {
  const all = fieldErrorsFromError(error, t, values);
  if (!all) return null;
  const placed: FieldErrors = {};
  for (const [key, message] of Object.entries(all)) if (key in values) placed[key] = message;
  return hasFieldErrors(placed) ? placed : null;
}
