import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { verifyAgainstDummy, verifyPassword } from '../../platform/auth/password-hashing';
import { AppError } from '../../platform/http/app-error';
import { hashSecret, newSecret } from '../../platform/ids';
import { loadPrincipal } from './to-principal';
import {
  assertNotThrottled,
  forgiveSuccessfulAttempt,
  registerLoginAttempt,
  throttleKeys,
} from './login-throttle';
import { endSessionRow, insertSessionRow } from './sessions.repository';
import { findUserRowByEmail, setUserLastLogin } from './users.repository';

export interface LogInResult {
  sessionSecret: string;
  principal: Principal;
  expiresAt: Date;
}

/**
 * Checks the password under per-account and per-address throttling, then starts a fresh session
 * (the old cookie's session, if any, ends: the session id rotates at every sign-in).
 */
export async function logIn(
  deps: AppDeps,
  input: { email: string; password: string },
  meta: { address: string; requestId: string; previousSessionSecret: string | undefined },
): Promise<LogInResult> {
  const keys = throttleKeys(input.email, meta.address);
  await assertNotThrottled(deps, keys);
  await registerLoginAttempt(deps, keys);
  const user = await findUserRowByEmail(deps.db, input.email);
  const passwordOk =
    user && user.password_hash && !user.disabled_at
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk) throw new AppError('INVALID_CREDENTIALS');
  await forgiveSuccessfulAttempt(deps, keys);

  const now = deps.clock.now();
  const sessionSecret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000);
  const sessionId = hashSecret(sessionSecret);
  const principal = await loadPrincipal(
    deps.db,
    { ...user, user_id: user.id },
    { via: 'session', sessionId, csrfToken },
  );
  await deps.db.transaction().execute(async (trx) => {
    if (meta.previousSessionSecret)
      await endSessionRow(trx, hashSecret(meta.previousSessionSecret), now.toISOString());
    await insertSessionRow(trx, {
      id: sessionId,
      institution_id: user.institution_id,
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      ended_at: null,
    });
    await setUserLastLogin(trx, user.institution_id, user.id, now.toISOString());
    await writeAudit(
      trx,
      deps,
      { principal, requestId: meta.requestId },
      {
        institutionId: user.institution_id,
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        after: { address: meta.address },
      },
    );
  });
  return { sessionSecret, principal, expiresAt };
}
