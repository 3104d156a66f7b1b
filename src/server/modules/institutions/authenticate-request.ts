import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { hashSecret } from '../../platform/ids';
import { findLiveTokenWithUser, touchApiTokenRow } from './api-tokens.repository';
import { findLiveSessionWithUser, touchSessionRow } from './sessions.repository';
import { loadPrincipal } from './to-principal';
import { applyViewingInstitution } from './viewing-institution';

export const sessionCookieName = 'jalin_session';
export const apiTokenPrefix = 'jalin_';
const touchEveryMs = 60_000;

/**
 * Resolves the caller on every request from the database, so a disabled user, a revoked token or
 * an ended session stops working on the very next request, in every process.
 */
export async function authenticateRequest(deps: AppDeps, request: FastifyRequest): Promise<Principal | null> {
  const principal = await authenticateCaller(deps, request);
  return principal ? applyViewingInstitution(deps.db, request, principal) : null;
}

async function authenticateCaller(deps: AppDeps, request: FastifyRequest): Promise<Principal | null> {
  const now = deps.clock.now();
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const secret = authorization.slice('Bearer '.length).trim();
    if (!secret.startsWith(apiTokenPrefix)) return null;
    const row = await findLiveTokenWithUser(deps.db, hashSecret(secret));
    if (!row) return null;
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > touchEveryMs) {
      await touchApiTokenRow(deps.db, row.token_id, now.toISOString());
    }
    return loadPrincipal(deps.db, row, { via: 'token' });
  }
  const cookie = request.cookies[sessionCookieName];
  if (!cookie) return null;
  const row = await findLiveSessionWithUser(deps.db, hashSecret(cookie));
  if (!row) return null;
  const idleLimitMs = deps.config.sessionIdleMinutes * 60_000;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now.getTime() >= Date.parse(row.expires_at) || now.getTime() - lastSeen >= idleLimitMs) return null;
  if (now.getTime() - lastSeen > touchEveryMs)
    await touchSessionRow(deps.db, row.session_id, now.toISOString());
  return loadPrincipal(deps.db, row, {
    via: 'session',
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  });
}
