import { infiniteQueryOptions } from '@tanstack/react-query';
import { institutionActivityPageSchema } from '../../../shared/contracts/institution-activities';
import { api } from '../../lib/api-client';
import type { ActivitiesSearch } from './activities-search';

/** Under the partnerships key, so any activity or partnership change refreshes this list too. */
export function institutionActivitiesQueryOptions(search: ActivitiesSearch) {
  return infiniteQueryOptions({
    queryKey: ['partnerships', 'institution-activities', search] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/activities',
        institutionActivityPageSchema,
        { ...search, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
