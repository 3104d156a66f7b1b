import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  evaluationListSchema,
  evaluationSchema,
  followUpResultSchema,
  partnerLinkSchema,
  publicEvaluationSchema,
  type decideEvaluationRequestSchema,
  type partnerPartRequestSchema,
  type replaceFollowUpRowsRequestSchema,
  type replaceImprovementsRequestSchema,
  type updateEvaluationRequestSchema,
} from '../../../shared/contracts/evaluations';
import { api, buildApiUrl } from '../../lib/api-client';

const evaluationsOf = (partnershipId: string) =>
  `/partnerships/${encodeURIComponent(partnershipId)}/evaluations`;
const evaluationPath = (id: string) => `/evaluations/${encodeURIComponent(id)}`;
const publicPath = (id: string, token: string) =>
  `/public/evaluations/${encodeURIComponent(id)}/partner-part/${encodeURIComponent(token)}`;

/** Under the partnerships key: a decision moves the partnership and its plans. */
export const evaluationsQueryKey = (partnershipId: string) =>
  ['partnerships', 'evaluations', partnershipId] as const;

export function evaluationsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: evaluationsQueryKey(partnershipId),
    queryFn: ({ signal }) => api.get(evaluationsOf(partnershipId), evaluationListSchema, undefined, signal),
  });
}

export function evaluationQueryOptions(partnershipId: string, id: string) {
  return queryOptions({
    queryKey: [...evaluationsQueryKey(partnershipId), id] as const,
    queryFn: ({ signal }) => api.get(evaluationPath(id), evaluationSchema, undefined, signal),
  });
}

export function createEvaluation(partnershipId: string, cycleYear: number) {
  return api.post(evaluationsOf(partnershipId), evaluationSchema, { cycleYear });
}

export function updateEvaluation(id: string, body: z.input<typeof updateEvaluationRequestSchema>) {
  return api.patch(evaluationPath(id), evaluationSchema, body);
}

export function replaceImprovements(id: string, body: z.input<typeof replaceImprovementsRequestSchema>) {
  return api.put(`${evaluationPath(id)}/improvements`, evaluationSchema, { json: body });
}

export function replaceFollowUpRows(id: string, body: z.input<typeof replaceFollowUpRowsRequestSchema>) {
  return api.put(`${evaluationPath(id)}/follow-up-rows`, evaluationSchema, { json: body });
}

/** The server answers with no-store, so the link always downloads the rows as last saved. */
export function followUpPlanUrl(id: string, format: 'xlsx' | 'pdf'): string {
  return buildApiUrl(`${evaluationPath(id)}/follow-up-plan`, { format });
}

export function issuePartnerLink(id: string, recipientName: string | null) {
  return api.post(`${evaluationPath(id)}/partner-link`, partnerLinkSchema, { recipientName });
}

export function decideEvaluation(id: string, body: z.input<typeof decideEvaluationRequestSchema>) {
  return api.post(`${evaluationPath(id)}/decision`, evaluationSchema, body);
}

export function createNextWorkPlan(id: string) {
  return api.post(`${evaluationPath(id)}/next-work-plan`, followUpResultSchema, {});
}

export function createAgreementFollowUp(id: string) {
  return api.post(`${evaluationPath(id)}/agreement-follow-up`, followUpResultSchema, {});
}

export function publicEvaluationQueryOptions(id: string, token: string) {
  return queryOptions({
    queryKey: ['public-evaluation', id, token] as const,
    queryFn: ({ signal }) => api.get(publicPath(id, token), publicEvaluationSchema, undefined, signal),
    retry: false,
  });
}

export function submitPartnerPart(id: string, token: string, body: z.input<typeof partnerPartRequestSchema>) {
  return api.post(publicPath(id, token), publicEvaluationSchema, body);
}
