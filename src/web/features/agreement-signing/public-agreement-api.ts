import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import {
  publicAgreementReviewSchema,
  publicSigningSchema,
  type publicApprovalRequestSchema,
  type publicCommentRequestSchema,
} from '../../../shared/contracts/agreements';
import { api, buildApiUrl } from '../../lib/api-client';
import { signatureForm, type SignatureSubmission } from './signing-api';

export type PublicReview = z.output<typeof publicAgreementReviewSchema>;
export type PublicSigning = z.output<typeof publicSigningSchema>;

const anyResponseSchema = z.unknown();

const reviewPath = (id: string, token: string) =>
  `/public/agreements/${encodeURIComponent(id)}/review/${encodeURIComponent(token)}`;
const signingPath = (id: string, token: string) =>
  `/public/agreements/${encodeURIComponent(id)}/signing/${encodeURIComponent(token)}`;

export function publicReviewQueryOptions(id: string, token: string) {
  return queryOptions({
    queryKey: ['public-agreement-review', id, token] as const,
    queryFn: ({ signal }) => api.get(reviewPath(id, token), publicAgreementReviewSchema, undefined, signal),
    // A link problem (expired, used, revoked) does not heal by asking again on a weak signal.
    retry: false,
  });
}

export function publicSigningQueryOptions(id: string, token: string) {
  return queryOptions({
    queryKey: ['public-agreement-signing', id, token] as const,
    queryFn: ({ signal }) => api.get(signingPath(id, token), publicSigningSchema, undefined, signal),
    retry: false,
  });
}

export function sendPublicComment(
  id: string,
  token: string,
  body: z.input<typeof publicCommentRequestSchema>,
) {
  return api.post(`${reviewPath(id, token)}/comments`, anyResponseSchema, body);
}

export function approvePublicDraft(
  id: string,
  token: string,
  body: z.input<typeof publicApprovalRequestSchema>,
) {
  return api.post(`${reviewPath(id, token)}/approval`, anyResponseSchema, body);
}

export function signAsPartner(id: string, token: string, submission: SignatureSubmission) {
  return api.upload(signingPath(id, token), anyResponseSchema, signatureForm(submission, 'partner'));
}

export function publicSigningDocumentUrl(id: string, token: string): string {
  return buildApiUrl(`${signingPath(id, token)}/document`, { format: 'pdf' });
}

export function publicReviewDocumentUrl(id: string, token: string, format: 'pdf' | 'docx'): string {
  return buildApiUrl(`${reviewPath(id, token)}/document`, { format });
}
