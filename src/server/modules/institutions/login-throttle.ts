import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import {
  decrementThrottleFailures,
  deleteThrottleRow,
  findThrottleRows,
  incrementThrottleFailures,
  lockThrottleKey,
} from './login-throttle.repository';

const windowMs = 15 * 60_000;
const lockMs = 15 * 60_000;
export const accountFailureLimit = 5;
export const addressFailureLimit = 30;

export function throttleKeys(email: string, address: string): { account: string; address: string } {
  return { account: `account:${email.toLowerCase()}`, address: `address:${address}` };
}

/** Refuses a sign-in while its account or its address is locked, with the seconds left. */
export async function assertNotThrottled(
  deps: AppDeps,
  keys: { account: string; address: string },
): Promise<void> {
  const now = deps.clock.now().getTime();
  const rows = await findThrottleRows(deps.db, [keys.account, keys.address]);
  const lockedUntil = Math.max(
    0,
    ...rows.map((row) => (row.locked_until ? Date.parse(row.locked_until) : 0)),
  );
  if (lockedUntil > now) {
    const seconds = Math.ceil((lockedUntil - now) / 1000);
    throw new AppError('LOGIN_THROTTLED', { retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) });
  }
}

/**
 * Counts the attempt before the password is checked, in one statement per key, so a burst of
 * parallel guesses is counted in full; past the limit the key locks and the attempt is refused.
 */
export async function registerLoginAttempt(
  deps: AppDeps,
  keys: { account: string; address: string },
): Promise<void> {
  const now = deps.clock.now().getTime();
  const nowIso = new Date(now).toISOString();
  const windowStartIso = new Date(now - windowMs).toISOString();
  for (const [key, limit] of [
    [keys.account, accountFailureLimit],
    [keys.address, addressFailureLimit],
  ] as const) {
    const attempts = await incrementThrottleFailures(deps.db, key, nowIso, windowStartIso);
    if (attempts >= limit) await lockThrottleKey(deps.db, key, new Date(now + lockMs).toISOString());
    if (attempts > limit) {
      const seconds = Math.ceil(lockMs / 1000);
      throw new AppError(
        'LOGIN_THROTTLED',
        { retryAfterSeconds: seconds },
        { 'Retry-After': String(seconds) },
      );
    }
  }
}

/** A successful sign-in clears its account's count and gives back its address's attempt. */
export async function forgiveSuccessfulAttempt(
  deps: AppDeps,
  keys: { account: string; address: string },
): Promise<void> {
  await deleteThrottleRow(deps.db, keys.account);
  await decrementThrottleFailures(deps.db, keys.address);
}
