import { queryOptions } from '@tanstack/react-query';
import {
  interactionPageSchema,
  interactionSchema,
  type CreateInteractionRequest,
} from '../../../shared/contracts/interactions';
import { api, apiRequest } from '../../lib/api-client';

/** Every contact-log query starts with this key, so one invalidation refreshes every timeline. */
export const interactionsQueryKey = ['interactions'] as const;

export function interactionListQueryOptions(filter: { partnerId: string } | { partnershipId: string }) {
  return queryOptions({
    queryKey: [...interactionsQueryKey, 'list', filter] as const,
    queryFn: ({ signal }) =>
      api.get('/interactions', interactionPageSchema, { ...filter, limit: 50 }, signal),
  });
}

/** With the key the offline queue would use, so a retry after a lost answer creates nothing twice. */
export function createInteraction(body: CreateInteractionRequest, idempotencyKey: string) {
  return apiRequest('POST', '/interactions', interactionSchema, {
    json: body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
