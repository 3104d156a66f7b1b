import {
  publicWorkPlanParamsSchema,
  publicWorkPlanReviewRequestSchema,
  publicWorkPlanSchema,
} from '../../../shared/contracts/work-plans';
import { defineRoute } from '../../platform/http/route-definition';
import { readPublicWorkPlan } from './read-public-work-plan';
import { recordPartnerReview } from './record-partner-review';

const tag = 'Work plan review (partner link)';
// The token in the path is the partner's key; no session is involved.
const access = { kind: 'public' } as const;

export const workPlanReviewRoutes = [
  defineRoute({
    method: 'GET',
    path: '/public/work-plans/:id/review/:token',
    summary:
      'What the partner sees through a review link: who asks, the partnership, the plan, totals and earlier reviews; LINK_NOT_FOUND, LINK_EXPIRED, LINK_REVOKED',
    tag,
    access,
    params: publicWorkPlanParamsSchema,
    response: publicWorkPlanSchema,
    handler: ({ deps, params }) => readPublicWorkPlan(deps.db, params.id, params.token, deps.clock.now()),
  }),
  defineRoute({
    method: 'POST',
    path: '/public/work-plans/:id/review/:token',
    summary:
      'The partner approves the plan or asks for changes (comment required), with name and position, for the `planVersion` read; WORK_PLAN_CHANGED when it changed since',
    tag,
    access,
    params: publicWorkPlanParamsSchema,
    body: publicWorkPlanReviewRequestSchema,
    response: publicWorkPlanSchema,
    handler: ({ deps, params, body, request, requestId }) =>
      recordPartnerReview(deps, params.id, params.token, body, {
        ipAddress: request.ip ?? null,
        userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        requestId,
      }),
  }),
];
