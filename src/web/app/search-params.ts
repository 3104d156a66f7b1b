/** Search parameter validators: unknown or malformed values are dropped, never trusted. */

function readString(value: unknown, max = 500): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function readDate(value: unknown): string | undefined {
  const text = readString(value, 10);
  return text && isoDate.test(text) ? text : undefined;
}

const signInStatuses = ['password-set', 'signed-out', 'session-expired'] as const;
type SignInStatus = (typeof signInStatuses)[number];

export interface SignInSearch {
  redirect?: string;
  status?: SignInStatus;
  email?: string;
}

export function parseSignInSearch(search: Record<string, unknown>): SignInSearch {
  const status = signInStatuses.find((value) => value === search.status);
  return {
    redirect: readString(search.redirect, 1000),
    status,
    email: readString(search.email, 254),
  };
}

export interface TokenSearch {
  token?: string;
}

export function parseTokenSearch(search: Record<string, unknown>): TokenSearch {
  return { token: readString(search.token, 200) };
}

export interface AuditSearch {
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  return {
    action: readString(search.action, 80),
    entityType: readString(search.entityType, 80),
    from: readDate(search.from),
    to: readDate(search.to),
  };
}
