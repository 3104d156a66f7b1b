import type { ErrorCode } from '../../../shared/contracts/common';

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  LOGIN_THROTTLED: 429,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  ROUTE_NOT_FOUND: 404,
  INSTITUTION_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  API_TOKEN_NOT_FOUND: 404,
  PARTNER_NOT_FOUND: 404,
  CONTACT_NOT_FOUND: 404,
  PARTNER_POSSIBLE_DUPLICATE: 409,
  CATEGORY_EXISTS: 409,
  EXPORT_TOO_LARGE: 422,
  FILE_NOT_FOUND: 404,
  REGION_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  EMAIL_TAKEN: 409,
  PASSWORD_TOO_WEAK: 400,
  LINK_INVALID: 410,
  SETUP_ALREADY_DONE: 409,
  ROLE_NOT_ASSIGNABLE: 403,
  CANNOT_CHANGE_OWN_ACCESS: 409,
  FILE_TYPE_NOT_ALLOWED: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** English messages for API clients; the UI shows its own catalog text for the code. */
const messageByCode: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request has invalid fields; see details.',
  MALFORMED_JSON: 'The request body is not valid JSON.',
  UNSUPPORTED_MEDIA_TYPE: 'This content type is not accepted here.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNAUTHENTICATED: 'Sign in first.',
  INVALID_CREDENTIALS: 'Email or password is wrong.',
  LOGIN_THROTTLED: 'Too many failed sign-ins; try again later.',
  FORBIDDEN: 'Your role does not allow this.',
  CSRF_INVALID: 'The request lacks a valid CSRF token or comes from another site.',
  ROUTE_NOT_FOUND: 'No such endpoint.',
  INSTITUTION_NOT_FOUND: 'Institution not found.',
  USER_NOT_FOUND: 'User not found.',
  API_TOKEN_NOT_FOUND: 'API token not found.',
  PARTNER_NOT_FOUND: 'Partner not found.',
  CONTACT_NOT_FOUND: 'Contact person not found.',
  PARTNER_POSSIBLE_DUPLICATE:
    'This partner may already be registered; see details.candidates, or resend with confirmDuplicates.',
  CATEGORY_EXISTS: 'A category with this name already exists.',
  EXPORT_TOO_LARGE: 'Too many rows for one export; narrow the filters.',
  FILE_NOT_FOUND: 'File not found.',
  REGION_NOT_FOUND: 'Region not found.',
  VERSION_CONFLICT: 'Someone else changed this record; reload and try again.',
  EMAIL_TAKEN: 'A user with this email already exists.',
  PASSWORD_TOO_WEAK: 'Choose a longer or less common password.',
  LINK_INVALID: 'This link is invalid, used or expired.',
  SETUP_ALREADY_DONE: 'Jalin is already set up.',
  ROLE_NOT_ASSIGNABLE: 'You cannot give this role.',
  CANNOT_CHANGE_OWN_ACCESS: 'You cannot change your own role or disable yourself.',
  FILE_TYPE_NOT_ALLOWED: 'This kind of file is not accepted here.',
  RATE_LIMITED: 'Too many requests; slow down.',
  INTERNAL: 'Something went wrong on the server.',
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(messageByCode[code]);
    this.status = statusByCode[code];
  }
}
