import { queryOptions } from '@tanstack/react-query';
import {
  duplicateCandidateListSchema,
  mergePartnerResponseSchema,
  partnerMergedDetailsSchema,
  type MergePartnerRequest,
} from '../../../shared/contracts/partner-merges';
import { partnerPageSchema } from '../../../shared/contracts/partners';
import { api, isApiError } from '../../lib/api-client';
import { partnersQueryKey } from './partner-api';

export function duplicateCandidatesQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: [...partnersQueryKey, 'duplicates', partnerId] as const,
    queryFn: ({ signal }) =>
      api.get(
        `/partners/${encodeURIComponent(partnerId)}/duplicate-candidates`,
        duplicateCandidateListSchema,
        undefined,
        signal,
      ),
  });
}

/** A few partners matching a typed fragment, to pick the other half of a merge. */
export function mergeSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: [...partnersQueryKey, 'merge-search', q] as const,
    queryFn: ({ signal }) => api.get('/partners', partnerPageSchema, { q, limit: 10 }, signal),
    enabled: q.length >= 3,
  });
}

export function mergePartner(keptId: string, body: MergePartnerRequest) {
  return api.post(`/partners/${encodeURIComponent(keptId)}/merge`, mergePartnerResponseSchema, body);
}

/** The partner a merged-away one lives on in (404 PARTNER_MERGED), or null for any other outcome. */
export function readMergedIntoId(error: unknown): string | null {
  if (!isApiError(error, 'PARTNER_MERGED')) return null;
  const parsed = partnerMergedDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.mergedIntoId : null;
}
