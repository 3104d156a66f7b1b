import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  contactSchema,
  customCategoryListSchema,
  duplicateCandidateSchema,
  partnerPageSchema,
  partnerSchema,
  type DuplicateCandidate,
} from '../../../shared/contracts/partners';
import { regionWithPathSchema } from '../../../shared/contracts/regions';
import { userPageSchema } from '../../../shared/contracts/users';
import type { PartnerSearch } from '../../app/search-params';
import { api, isApiError } from '../../lib/api-client';

const partnerPath = (partnerId: string) => `/partners/${encodeURIComponent(partnerId)}`;

/** Every partner query starts with this key, so one invalidation refreshes lists and pages. */
export const partnersQueryKey = ['partners'] as const;

export function partnerListQueryOptions(search: PartnerSearch) {
  return infiniteQueryOptions({
    queryKey: [...partnersQueryKey, 'list', search] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get('/partners', partnerPageSchema, { ...search, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function partnerQueryKey(partnerId: string) {
  return [...partnersQueryKey, 'detail', partnerId] as const;
}

export function partnerQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: partnerQueryKey(partnerId),
    queryFn: ({ signal }) => api.get(partnerPath(partnerId), partnerSchema, undefined, signal),
  });
}

export const customCategoriesQueryOptions = queryOptions({
  queryKey: ['partner-categories'] as const,
  queryFn: ({ signal }) => api.get('/partner-categories', customCategoryListSchema, undefined, signal),
  staleTime: 5 * 60_000,
});

/** Active users of the institution, for "Pendamping penanggung jawab" (needs `users.read`). */
export function activeUsersQueryOptions(institutionId: string) {
  return queryOptions({
    queryKey: ['users', institutionId, 'active-for-partners'] as const,
    queryFn: ({ signal }) =>
      api.get(
        `/institutions/${encodeURIComponent(institutionId)}/users`,
        userPageSchema,
        { status: 'active', limit: 200 },
        signal,
      ),
    staleTime: 60_000,
  });
}

/** One region with its ancestors; region codes and names do not change while the page is open. */
export function regionQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['regions', 'one', code] as const,
    queryFn: ({ signal }) =>
      api.get(`/regions/${encodeURIComponent(code)}`, regionWithPathSchema, undefined, signal),
    staleTime: Infinity,
    retry: false,
  });
}

export function createPartner(body: unknown) {
  return api.post('/partners', partnerSchema, body);
}

export function updatePartner(partnerId: string, body: unknown) {
  return api.patch(partnerPath(partnerId), partnerSchema, body);
}

export function createContact(partnerId: string, body: unknown) {
  return api.post(`${partnerPath(partnerId)}/contacts`, contactSchema, body);
}

export function updateContact(partnerId: string, contactId: string, body: unknown) {
  return api.patch(
    `${partnerPath(partnerId)}/contacts/${encodeURIComponent(contactId)}`,
    contactSchema,
    body,
  );
}

export function deleteContact(partnerId: string, contactId: string) {
  return api.delete(`${partnerPath(partnerId)}/contacts/${encodeURIComponent(contactId)}`, okResponseSchema);
}

const duplicateDetailsSchema = z.object({ candidates: z.array(duplicateCandidateSchema).min(1) });

/** The likely duplicates of a refused create (409 PARTNER_POSSIBLE_DUPLICATE), or null for any other error. */
export function readDuplicateCandidates(error: unknown): DuplicateCandidate[] | null {
  if (!isApiError(error, 'PARTNER_POSSIBLE_DUPLICATE')) return null;
  const parsed = duplicateDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.candidates : null;
}
