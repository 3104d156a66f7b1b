import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import {
  partnershipPageSchema,
  partnershipSchema,
  stageHistorySchema,
  type CreatePartnershipRequest,
  type MoveStageRequest,
} from '../../../shared/contracts/partnerships';
import { stageGateIds, type StageGate } from '../../../shared/domain/partnership-stages';
import { api, isApiError } from '../../lib/api-client';
import type { PartnershipSearch } from './partnership-search';

const partnershipPath = (id: string) => `/partnerships/${encodeURIComponent(id)}`;

/** Every partnership query starts with this key, so one invalidation refreshes board and pages. */
export const partnershipsQueryKey = ['partnerships'] as const;

export function partnershipListQueryOptions(
  search: Omit<PartnershipSearch, 'view'> & { partnerId?: string },
) {
  return infiniteQueryOptions({
    queryKey: [...partnershipsQueryKey, 'list', search] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get('/partnerships', partnershipPageSchema, { ...search, cursor: pageParam, limit: 200 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function partnershipQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipsQueryKey, 'detail', id] as const,
    queryFn: ({ signal }) => api.get(partnershipPath(id), partnershipSchema, undefined, signal),
  });
}

export function stageHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipsQueryKey, 'history', id] as const,
    queryFn: ({ signal }) => api.get(`${partnershipPath(id)}/history`, stageHistorySchema, undefined, signal),
  });
}

export function createPartnership(body: CreatePartnershipRequest) {
  return api.post('/partnerships', partnershipSchema, body);
}

export function movePartnership(id: string, body: MoveStageRequest) {
  return api.post(`${partnershipPath(id)}/transitions`, partnershipSchema, body);
}

const gateDetailsSchema = z.object({ gate: z.enum(stageGateIds as [StageGate, ...StageGate[]]) });

/** The gate a refused move named (409 PARTNERSHIP_GATE_UNMET), or null for any other outcome. */
export function readUnmetGate(error: unknown): StageGate | null {
  if (!isApiError(error, 'PARTNERSHIP_GATE_UNMET')) return null;
  const parsed = gateDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.gate : null;
}
