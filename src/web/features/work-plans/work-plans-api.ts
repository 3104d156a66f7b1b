import { queryOptions } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  publicWorkPlanSchema,
  workPlanListSchema,
  workPlanReviewLinkSchema,
  workPlanSchema,
  type CreateWorkPlanRequest,
  type PublicWorkPlanReviewRequest,
  type ReplaceWorkPlanItemsRequest,
} from '../../../shared/contracts/work-plans';
import { api, apiRequest } from '../../lib/api-client';

const plansOf = (partnershipId: string) => `/partnerships/${encodeURIComponent(partnershipId)}/work-plans`;
const planPath = (workPlanId: string) => `/work-plans/${encodeURIComponent(workPlanId)}`;
const publicPath = (workPlanId: string, token: string) =>
  `/public/work-plans/${encodeURIComponent(workPlanId)}/review/${encodeURIComponent(token)}`;

/** Under the partnerships key: a plan's items decide the partnership's `work_plan_exists` gate. */
export const workPlansQueryKey = (partnershipId: string) =>
  ['partnerships', 'work-plans', partnershipId] as const;

export function workPlansQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: workPlansQueryKey(partnershipId),
    queryFn: ({ signal }) => api.get(plansOf(partnershipId), workPlanListSchema, undefined, signal),
  });
}

export function workPlanQueryOptions(partnershipId: string, workPlanId: string) {
  return queryOptions({
    queryKey: [...workPlansQueryKey(partnershipId), workPlanId] as const,
    queryFn: ({ signal }) => api.get(planPath(workPlanId), workPlanSchema, undefined, signal),
  });
}

export function createWorkPlan(partnershipId: string, body: CreateWorkPlanRequest) {
  return api.post(plansOf(partnershipId), workPlanSchema, body);
}

export function replaceWorkPlanItems(workPlanId: string, body: ReplaceWorkPlanItemsRequest) {
  return api.put(`${planPath(workPlanId)}/items`, workPlanSchema, { json: body });
}

export function deleteWorkPlan(workPlanId: string, version: number) {
  return apiRequest('DELETE', planPath(workPlanId), okResponseSchema, { query: { version } });
}

export function issueReviewLink(workPlanId: string, recipientName: string | null) {
  return api.post(`${planPath(workPlanId)}/review-links`, workPlanReviewLinkSchema, { recipientName });
}

export function publicWorkPlanQueryOptions(workPlanId: string, token: string) {
  return queryOptions({
    queryKey: ['public-work-plan', workPlanId, token] as const,
    queryFn: ({ signal }) => api.get(publicPath(workPlanId, token), publicWorkPlanSchema, undefined, signal),
    retry: false,
  });
}

export function answerWorkPlanReview(workPlanId: string, token: string, body: PublicWorkPlanReviewRequest) {
  return api.post(publicPath(workPlanId, token), publicWorkPlanSchema, body);
}
