import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  decisionResultSchema,
  needPageSchema,
  needSchema,
  partnerRelevanceSchema,
  relevanceRankingSchema,
  type CreateNeedRequest,
  type DecideRequest,
  type NeedStatus,
  type UpdateNeedRequest,
} from '../../../shared/contracts/needs';
import { api } from '../../lib/api-client';

const needPath = (id: string) => `/needs/${encodeURIComponent(id)}`;

/** Every needs query starts with this key, so one invalidation refreshes list, page and ranking. */
export const needsQueryKey = ['needs'] as const;

export function needListQueryOptions(status: NeedStatus | null) {
  return infiniteQueryOptions({
    queryKey: [...needsQueryKey, 'list', status] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/needs',
        needPageSchema,
        { status: status ?? undefined, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function relevanceQueryOptions(needId: string) {
  return queryOptions({
    queryKey: [...needsQueryKey, 'relevance', needId] as const,
    queryFn: ({ signal }) => api.get('/analysis/relevance', relevanceRankingSchema, { needId }, signal),
  });
}

export function partnerRelevanceQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: [...needsQueryKey, 'partner', partnerId] as const,
    queryFn: ({ signal }) =>
      api.get(
        `/partners/${encodeURIComponent(partnerId)}/relevance`,
        partnerRelevanceSchema,
        undefined,
        signal,
      ),
  });
}

export function createNeed(body: CreateNeedRequest) {
  return api.post('/needs', needSchema, body);
}

export function updateNeed(id: string, body: UpdateNeedRequest) {
  return api.patch(needPath(id), needSchema, body);
}

export function deleteNeed(id: string) {
  return api.delete(needPath(id), okResponseSchema);
}

export function decide(needId: string, body: DecideRequest) {
  return api.post(`${needPath(needId)}/decisions`, decisionResultSchema, body);
}
