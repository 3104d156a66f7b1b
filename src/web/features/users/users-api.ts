import { infiniteQueryOptions } from '@tanstack/react-query';
import {
  createUserResponseSchema,
  passwordLinkSchema,
  userPageSchema,
  userSchema,
} from '../../../shared/contracts/users';
import { api } from '../../lib/api-client';

function usersPath(institutionId: string): string {
  return `/institutions/${encodeURIComponent(institutionId)}/users`;
}

/** Every users query of an institution starts with this key, so one invalidation refreshes them all. */
export function usersQueryKey(institutionId: string) {
  return ['users', institutionId] as const;
}

export function usersListQueryOptions(institutionId: string) {
  return infiniteQueryOptions({
    queryKey: [...usersQueryKey(institutionId), 'list'] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get(usersPath(institutionId), userPageSchema, { cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function createUser(institutionId: string, body: unknown) {
  return api.post(usersPath(institutionId), createUserResponseSchema, body);
}

export function updateUser(institutionId: string, userId: string, body: unknown) {
  return api.patch(`${usersPath(institutionId)}/${encodeURIComponent(userId)}`, userSchema, body);
}

export function createPasswordLink(institutionId: string, userId: string) {
  return api.post(
    `${usersPath(institutionId)}/${encodeURIComponent(userId)}/password-link`,
    passwordLinkSchema,
  );
}

/** "63.72, 63.03" → ["63.72", "63.03"]. */
export function parseRegionCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}
