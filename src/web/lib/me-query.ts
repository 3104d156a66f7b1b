import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { meResponseSchema, type Me } from '../../shared/contracts/auth';
import type { Permission } from '../../shared/domain/roles';
import { api } from './api-client';

export const meQueryOptions = queryOptions({
  queryKey: ['me'] as const,
  queryFn: ({ signal }) => api.get('/me', meResponseSchema, undefined, signal),
  staleTime: 5 * 60_000,
});

/** Typed key: `getQueryData(meQueryKey)` is a `Me`. */
export const meQueryKey = meQueryOptions.queryKey;

/** The signed-in user; only inside the app layout, whose route loads /me before rendering. */
export function useMe(): Me {
  return useSuspenseQuery(meQueryOptions).data;
}

export function useCan(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}
