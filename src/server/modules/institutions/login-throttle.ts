import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { deleteThrottleRow, findThrottleRows, saveThrottleRow, type LoginThrottleRow } from './login-throttle.repository';

const windowMs = 15 * 60_000;
const lockMs = 15 * 60_000;
export const accountFailureLimit = 5;
export const addressFailureLimit = 30;

export function throttleKeys(email: string, address: string): { account: string; address: string } {
  return { account: `account:${email.toLowerCase()}`, address: `address:${address}` };
}

/** Refuses a sign-in while its account or its address is locked, with the seconds left. */
export async function assertNotThrottled(deps: AppDeps, keys: { account: string; address: string }): Promise<void> {
  const now = deps.clock.now().getTime();
  const rows = await findThrottleRows(deps.db, [keys.account, keys.address]);
  const lockedUntil = Math.max(0, ...rows.map((row) => (row.locked_until ? Date.parse(row.locked_until) : 0)));
  if (lockedUntil > now) {
    const seconds = Math.ceil((lockedUntil - now) / 1000);
    throw new AppError('LOGIN_THROTTLED', { retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) });
  }
}

function nextState(row: LoginThrottleRow | undefined, key: string, limit: number, now: number): LoginThrottleRow {
  const windowOpen = row && now - Date.parse(row.window_started_at) < windowMs;
  const failures = windowOpen ? row.failures + 1 : 1;
  return {
    key,
    failures,
    window_started_at: windowOpen ? row.window_started_at : new Date(now).toISOString(),
    locked_until: failures >= limit ? new Date(now + lockMs).toISOString() : null,
  };
}

export async function recordLoginFailure(deps: AppDeps, keys: { account: string; address: string }): Promise<void> {
  const now = deps.clock.now().getTime();
  const rows = await findThrottleRows(deps.db, [keys.account, keys.address]);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  await saveThrottleRow(deps.db, nextState(byKey.get(keys.account), keys.account, accountFailureLimit, now));
  await saveThrottleRow(deps.db, nextState(byKey.get(keys.address), keys.address, addressFailureLimit, now));
}

export async function clearAccountFailures(deps: AppDeps, keys: { account: string }): Promise<void> {
  await deleteThrottleRow(deps.db, keys.account);
}
