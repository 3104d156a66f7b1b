import { queryOptions } from '@tanstack/react-query';
import { regionListSchema } from '../../../shared/contracts/regions';
import { api } from '../../lib/api-client';

/** Children of `parentCode` (the provinces for null). Reference data: cached for the whole visit. */
export function regionChildrenQueryOptions(parentCode: string | null) {
  return queryOptions({
    queryKey: ['regions', 'children', parentCode ?? 'root'] as const,
    queryFn: ({ signal }) =>
      api.get('/regions', regionListSchema, { parent: parentCode ?? undefined }, signal),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
}
