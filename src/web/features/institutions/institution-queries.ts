import { queryOptions } from '@tanstack/react-query';
import { institutionSchema } from '../../../shared/contracts/institutions';
import { api } from '../../lib/api-client';

export function institutionQueryKey(institutionId: string) {
  return ['institutions', institutionId] as const;
}

export function institutionQueryOptions(institutionId: string) {
  return queryOptions({
    queryKey: institutionQueryKey(institutionId),
    queryFn: ({ signal }) =>
      api.get(`/institutions/${encodeURIComponent(institutionId)}`, institutionSchema, undefined, signal),
  });
}
