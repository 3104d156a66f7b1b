import { queryOptions } from '@tanstack/react-query';
import {
  interactionPageSchema,
  interactionSchema,
  type CreateInteractionRequest,
} from '../../../shared/contracts/interactions';
import { api } from '../../lib/api-client';

/** Every contact-log query starts with this key, so one invalidation refreshes every timeline. */
export const interactionsQueryKey = ['interactions'] as const;

export function interactionListQueryOptions(filter: { partnerId: string } | { partnershipId: string }) {
  return queryOptions({
    queryKey: [...interactionsQueryKey, 'list', filter] as const,
    queryFn: ({ signal }) =>
      api.get('/interactions', interactionPageSchema, { ...filter, limit: 50 }, signal),
  });
}

export function createInteraction(body: CreateInteractionRequest) {
  return api.post('/interactions', interactionSchema, body);
}
