import { z } from 'zod';
import {
  loginRequestSchema,
  meResponseSchema,
  passwordLinkInfoQuerySchema,
  passwordLinkInfoResponseSchema,
  setPasswordRequestSchema,
} from '../../../shared/contracts/auth';
import { localeSchema } from '../../../shared/contracts/auth';
import { okResponseSchema } from '../../../shared/contracts/common';
import { defineRoute } from '../../platform/http/route-definition';
import { sessionCookieName } from './authenticate-request';
import { getMe } from './get-me';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { getPasswordLinkInfo, setPasswordWithLink } from './set-password-with-link';
import { updateMyLocale } from './update-me';

const tag = 'Auth';

export const authRoutes = [
  defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with email and password; sets the session cookie',
    tag,
    access: { kind: 'public' },
    body: loginRequestSchema,
    response: meResponseSchema,
    answerCarriesSecret: true,
    async handler({ deps, body, request, reply, requestId }) {
      const result = await logIn(deps, body, {
        address: request.ip,
        requestId,
        previousSessionSecret: request.cookies[sessionCookieName],
      });
      void reply.setCookie(sessionCookieName, result.sessionSecret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.cookieSecure,
        expires: result.expiresAt,
      });
      return getMe(deps, result.principal);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the current session',
    tag,
    access: { kind: 'authenticated', permission: null },
    response: okResponseSchema,
    async handler({ deps, principal, reply, requestId }) {
      await logOut(deps, principal, requestId);
      void reply.clearCookie(sessionCookieName, { path: '/' });
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/me',
    summary: 'The signed-in user, institution, permissions and CSRF token',
    tag,
    access: { kind: 'authenticated', permission: null },
    response: meResponseSchema,
    answerCarriesSecret: true,
    handler: ({ deps, principal }) => getMe(deps, principal),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/me',
    summary: "Change the signed-in user's language",
    tag,
    access: { kind: 'authenticated', permission: null },
    body: z.strictObject({ locale: localeSchema }),
    response: meResponseSchema,
    answerCarriesSecret: true,
    async handler({ deps, principal, body, requestId }) {
      return getMe(deps, await updateMyLocale(deps, principal, body.locale, requestId));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/auth/password-link',
    summary: 'Who a one-time password link is for',
    tag,
    access: { kind: 'public' },
    query: passwordLinkInfoQuerySchema,
    response: passwordLinkInfoResponseSchema,
    handler: ({ deps, query }) => getPasswordLinkInfo(deps, query.token),
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/password-link',
    summary: 'Set a password with a one-time link',
    tag,
    access: { kind: 'public' },
    body: setPasswordRequestSchema,
    response: okResponseSchema,
    async handler({ deps, body, requestId }) {
      await setPasswordWithLink(deps, body, requestId);
      return { ok: true as const };
    },
  }),
];
