import {
  meResponseSchema,
  passwordLinkInfoResponseSchema,
  setupStatusResponseSchema,
  type Me,
} from '../../../shared/contracts/auth';
import { okResponseSchema } from '../../../shared/contracts/common';
import { api } from '../../lib/api-client';

export interface LoginBody {
  email: string;
  password: string;
}

export function logIn(body: LoginBody): Promise<Me> {
  return api.post('/auth/login', meResponseSchema, body);
}

export const setupStatusQueryOptions = {
  queryKey: ['setup-status'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get('/setup/status', setupStatusResponseSchema, undefined, signal),
  staleTime: 60_000,
};

export function runSetup(body: unknown) {
  return api.post('/setup', okResponseSchema, body);
}

export function getPasswordLinkInfo(token: string, signal?: AbortSignal) {
  return api.get('/auth/password-link', passwordLinkInfoResponseSchema, { token }, signal);
}

export function setPassword(token: string, password: string) {
  return api.post('/auth/password-link', okResponseSchema, { token, password });
}

/** Only same-site paths may be a redirect target after sign-in. */
export function toSafeRedirect(value: string | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/masuk')) return null;
  return value;
}
