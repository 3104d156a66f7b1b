import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  createWorkPlanRequestSchema,
  deleteWorkPlanQuerySchema,
  issueReviewLinkRequestSchema,
  replaceWorkPlanItemsRequestSchema,
  updateWorkPlanRequestSchema,
  workPlanListSchema,
  workPlanReviewLinkSchema,
  workPlanSchema,
} from '../../../shared/contracts/work-plans';
import { defineRoute } from '../../platform/http/route-definition';
import { publicBaseUrl } from '../institutions/index';
import { createWorkPlan } from './create-work-plan';
import { deleteWorkPlan } from './delete-work-plan';
import { getWorkPlan, listWorkPlans } from './get-work-plan';
import { issueWorkPlanReviewLink } from './issue-review-link';
import { replaceWorkPlanItems } from './replace-work-plan-items';
import { updateWorkPlan } from './update-work-plan';

const tag = 'Work plans';
const idParams = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;
const write = { kind: 'authenticated', permission: 'partnerships.write' } as const;

export const workPlanRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnerships/:id/work-plans',
    summary: "The partnership's joint work plans (step 5), newest cycle first, with item counts and totals",
    tag,
    access: read,
    params: idParams,
    response: workPlanListSchema,
    handler: ({ deps, principal, params }) => listWorkPlans(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnerships/:id/work-plans',
    summary:
      'Start the plan of a cycle year, empty, with items or from an earlier plan (`copyFromWorkPlanId`, dates moved to the new year); WORK_PLAN_EXISTS, WORK_PLAN_PERIOD_INVALID, WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET',
    tag,
    access: write,
    params: idParams,
    body: createWorkPlanRequestSchema,
    response: workPlanSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createWorkPlan(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/work-plans/:id',
    summary: 'One plan: items, totals, the rights and obligations the agreement will carry, reviews',
    tag,
    access: read,
    params: idParams,
    response: workPlanSchema,
    handler: ({ deps, principal, params }) => getWorkPlan(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PUT',
    path: '/work-plans/:id/items',
    summary:
      'Replace the item list, checked whole (422 with details.problems[].path like `items.2.endsOn`); a plan in review or approved returns to draft',
    tag,
    access: write,
    params: idParams,
    body: replaceWorkPlanItemsRequestSchema,
    response: workPlanSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      replaceWorkPlanItems(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/work-plans/:id',
    summary: 'Rename the plan or move it to another cycle year (send the version you read)',
    tag,
    access: write,
    params: idParams,
    body: updateWorkPlanRequestSchema,
    response: workPlanSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateWorkPlan(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/work-plans/:id',
    summary:
      'Delete a draft plan or one the partner asked to change (`?version=`); WORK_PLAN_APPROVED otherwise',
    tag,
    access: write,
    params: idParams,
    query: deleteWorkPlanQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteWorkPlan(deps, principal, params.id, query.version, requestId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/work-plans/:id/review-links',
    summary:
      'A link (14 days, reusable) for the partner to review the plan without an account, with a WhatsApp draft; the plan goes to in_review; WORK_PLAN_EMPTY',
    tag,
    access: write,
    params: idParams,
    body: issueReviewLinkRequestSchema,
    response: workPlanReviewLinkSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      issueWorkPlanReviewLink(
        deps,
        principal,
        params.id,
        body,
        publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null),
        requestId,
      ),
  }),
];
