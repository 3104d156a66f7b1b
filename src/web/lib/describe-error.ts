import { fill, type Catalog } from '../../shared/i18n/catalog';
import { ApiError, type ClientErrorCode } from './api-client';

export interface ErrorDescription {
  message: string;
  requestId: string | null;
}

function isClientCode(code: string): code is ClientErrorCode {
  return code === 'NETWORK_ERROR' || code === 'UNEXPECTED_RESPONSE';
}

/** The user's-language message for an error, by its code, and the request id to quote to an admin. */
export function describeError(error: unknown, t: Catalog): ErrorDescription {
  if (!(error instanceof ApiError)) return { message: t.clientErrors.UNEXPECTED_RESPONSE, requestId: null };
  if (isClientCode(error.code)) return { message: t.clientErrors[error.code], requestId: error.requestId };
  if (error.code === 'LOGIN_THROTTLED' && error.retryAfterSeconds !== null) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return { message: fill(t.signIn.throttled, { minutes }), requestId: error.requestId };
  }
  return { message: fill(t.errors[error.code], detailValues(error.details)), requestId: error.requestId };
}

/** Numbers and short texts of an error's details, for messages such as "used by {partnerCount} partners". */
function detailValues(details: unknown): Record<string, string | number> {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return {};
  return Object.fromEntries(
    Object.entries(details).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'number' || (typeof entry[1] === 'string' && entry[1].length <= 200),
    ),
  );
}
