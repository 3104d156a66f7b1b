import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { addendumRequestSchema } from '../../../shared/contracts/agreements';
import {
  agreementCommentSchema,
  agreementCommentsResponseSchema,
  agreementPageSchema,
  agreementSchema,
  agreementSummarySchema,
  agreementVersionsResponseSchema,
  clauseTemplatesResponseSchema,
  versionComparisonSchema,
  type beritaAcaraRequestSchema,
  type CreateAgreementRequest,
  type extendAgreementRequestSchema,
  type UpdateAgreementRequest,
} from '../../../shared/contracts/agreements';
import { okResponseSchema } from '../../../shared/contracts/common';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import { api, apiDownload, apiRequest, buildApiUrl, type DownloadedFile } from '../../lib/api-client';
import type { AgreementSearch } from './agreement-search';

const agreementPath = (id: string) => `/agreements/${encodeURIComponent(id)}`;

/** Every agreement query starts with this key, so one invalidation refreshes lists, pages and chains. */
export const agreementsQueryKey = ['agreements'] as const;

export function agreementListQueryOptions(search: AgreementSearch) {
  return infiniteQueryOptions({
    queryKey: [...agreementsQueryKey, 'list', search] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get('/agreements', agreementPageSchema, { ...search, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function agreementQueryKey(id: string) {
  return [...agreementsQueryKey, 'detail', id] as const;
}

export function agreementQueryOptions(id: string) {
  return queryOptions({
    queryKey: agreementQueryKey(id),
    queryFn: ({ signal }) => api.get(agreementPath(id), agreementSchema, undefined, signal),
  });
}

export function agreementVersionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...agreementQueryKey(id), 'versions'] as const,
    queryFn: ({ signal }) =>
      api.get(`${agreementPath(id)}/versions`, agreementVersionsResponseSchema, undefined, signal),
  });
}

export function versionComparisonQueryOptions(id: string, from: number, to: number) {
  return queryOptions({
    queryKey: [...agreementQueryKey(id), 'compare', from, to] as const,
    queryFn: ({ signal }) =>
      api.get(`${agreementPath(id)}/versions/compare`, versionComparisonSchema, { from, to }, signal),
    // Two stored versions never change: their comparison neither.
    staleTime: Infinity,
  });
}

export function agreementCommentsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...agreementQueryKey(id), 'comments'] as const,
    queryFn: ({ signal }) =>
      api.get(`${agreementPath(id)}/comments`, agreementCommentsResponseSchema, undefined, signal),
  });
}

export const partnershipAgreementsSchema = z.object({ items: z.array(agreementSummarySchema) });

export function partnershipAgreementsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: [...agreementsQueryKey, 'partnership', partnershipId] as const,
    queryFn: ({ signal }) =>
      api.get(
        `/partnerships/${encodeURIComponent(partnershipId)}/agreements`,
        partnershipAgreementsSchema,
        undefined,
        signal,
      ),
  });
}

export function clauseTemplatesQueryOptions(kind: AgreementKind) {
  return queryOptions({
    queryKey: ['clause-templates', kind] as const,
    queryFn: ({ signal }) => api.get('/clause-templates', clauseTemplatesResponseSchema, { kind }, signal),
    staleTime: 60_000,
  });
}

export function createAgreement(body: CreateAgreementRequest) {
  return api.post('/agreements', agreementSchema, body);
}

export function updateAgreement(id: string, body: UpdateAgreementRequest) {
  return api.patch(agreementPath(id), agreementSchema, body);
}

export function deleteAgreement(id: string, version: number) {
  return apiRequest('DELETE', agreementPath(id), okResponseSchema, { query: { version } });
}

export function requestReview(id: string) {
  return api.post(`${agreementPath(id)}/review-requests`, agreementSchema, {});
}

export function approveInternally(id: string) {
  return api.post(`${agreementPath(id)}/internal-approval`, agreementSchema, {});
}

export function requestSignatures(id: string) {
  return api.post(`${agreementPath(id)}/signing-requests`, agreementSchema, {});
}

export function addComment(id: string, body: { body: string; articleTitle?: string | null }) {
  return api.post(`${agreementPath(id)}/comments`, agreementCommentSchema, body);
}

export function resolveComment(id: string, commentId: string, resolved: boolean) {
  return api.patch(`${agreementPath(id)}/comments/${encodeURIComponent(commentId)}`, agreementCommentSchema, {
    resolved,
  });
}

export function extendAgreement(id: string, body: z.input<typeof extendAgreementRequestSchema>) {
  return api.post(`${agreementPath(id)}/extensions`, agreementSchema, body);
}

export function createAddendum(id: string, body: z.input<typeof addendumRequestSchema>) {
  return api.post(`${agreementPath(id)}/addenda`, agreementSchema, body);
}

export function terminateAgreement(id: string, body: { reason: string; version: number }) {
  return api.post(`${agreementPath(id)}/termination`, agreementSchema, body);
}

/** Where the browser downloads (or the preview reads) the document of a version. */
export function agreementDocumentUrl(id: string, format: 'pdf' | 'docx', version?: number): string {
  return buildApiUrl(`${agreementPath(id)}/document`, { format, version });
}

/** A berita acara comes back as bytes: fetched here, then handed to the browser as a download. */
export function downloadBeritaAcara(
  id: string,
  body: z.input<typeof beritaAcaraRequestSchema>,
): Promise<DownloadedFile> {
  return apiDownload(
    'POST',
    `${agreementPath(id)}/berita-acara`,
    { json: body },
    `berita-acara.${body.format}`,
  );
}
