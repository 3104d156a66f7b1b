import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  createEvaluationRequestSchema,
  decideEvaluationRequestSchema,
  emptyRequestSchema,
  evaluationListSchema,
  evaluationSchema,
  followUpPlanQuerySchema,
  followUpResultSchema,
  partnerLinkRequestSchema,
  partnerLinkSchema,
  replaceFollowUpRowsRequestSchema,
  replaceImprovementsRequestSchema,
  updateEvaluationRequestSchema,
} from '../../../shared/contracts/evaluations';
import { contentDisposition } from '../../platform/files/display-file-name';
import { defineRoute } from '../../platform/http/route-definition';
import { publicBaseUrl } from '../institutions/index';
import { createAgreementFollowUp } from './create-agreement-follow-up';
import { createEvaluation } from './create-evaluation';
import { createNextWorkPlan } from './create-next-work-plan';
import { decideEvaluation } from './decide-evaluation';
import { getEvaluation, listEvaluations } from './get-evaluation';
import { issueEvaluationPartnerLink } from './issue-partner-link';
import { renderFollowUpPlan } from './render-follow-up-plan';
import { replaceFollowUpRows } from './replace-follow-up-rows';
import { replaceImprovements } from './replace-improvements';
import { updateEvaluation } from './update-evaluation';

const tag = 'Evaluations';
const params = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;
const write = { kind: 'authenticated', permission: 'partnerships.write' } as const;
const decide = { kind: 'authenticated', permission: 'evaluations.decide' } as const;

export const evaluationRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnerships/:id/evaluations',
    summary: "The partnership's joint evaluations (steps 9–11), newest cycle first",
    tag,
    access: read,
    params,
    response: evaluationListSchema,
    handler: ({ deps, principal, params }) => listEvaluations(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnerships/:id/evaluations',
    summary:
      "Start the evaluation of a cycle: one item per item of that cycle's plan, each with the outcome its activities suggest; EVALUATION_EXISTS, EVALUATION_PLAN_MISSING",
    tag,
    access: write,
    params,
    body: createEvaluationRequestSchema,
    response: evaluationSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createEvaluation(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/evaluations/:id',
    summary:
      "One evaluation: items with plan against actual, both parties' parts, improvements, RTL rows, the decision",
    tag,
    access: read,
    params,
    response: evaluationSchema,
    handler: ({ deps, principal, params }) => getEvaluation(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/evaluations/:id',
    summary:
      "The institution's part and each item's outcome, goal and note (send the version you read); EVALUATION_ITEM_UNKNOWN",
    tag,
    access: write,
    params,
    body: updateEvaluationRequestSchema,
    response: evaluationSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateEvaluation(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PUT',
    path: '/evaluations/:id/improvements',
    summary: 'Replace the improvement list (step 10)',
    tag,
    access: write,
    params,
    body: replaceImprovementsRequestSchema,
    response: evaluationSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      replaceImprovements(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PUT',
    path: '/evaluations/:id/follow-up-rows',
    summary: 'Replace the RTL rows (step 11); FOLLOW_UP_ROW_INCOMPLETE names the row and field missing',
    tag,
    access: write,
    params,
    body: replaceFollowUpRowsRequestSchema,
    response: evaluationSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      replaceFollowUpRows(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/evaluations/:id/follow-up-plan',
    summary:
      'The RTL table as XLSX or PDF (Kegiatan, Target, Waktu, Penanggung Jawab, Indikator Keberhasilan)',
    tag,
    access: read,
    params,
    query: followUpPlanQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply }) {
      const file = await renderFollowUpPlan(deps, principal.institutionId, params.id, query.format);
      await reply
        .header('Content-Type', file.mediaType)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', contentDisposition('attachment', file.filename))
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/evaluations/:id/partner-link',
    summary:
      'A single-use link (14 days) for the partner to give its part without an account, with a WhatsApp draft',
    tag,
    access: write,
    params,
    body: partnerLinkRequestSchema,
    response: partnerLinkSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      issueEvaluationPartnerLink(
        deps,
        principal,
        params.id,
        body,
        publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null),
        requestId,
      ),
  }),
  defineRoute({
    method: 'POST',
    path: '/evaluations/:id/decision',
    summary:
      'Continue, continue with changes or stop, with the reason; moves the partnership (improvement, then follow_up or ended); DECISION_REASON_REQUIRED, EVALUATION_INCOMPLETE, EVALUATION_DECIDED, EVALUATION_STAGE_INVALID',
    tag,
    access: decide,
    params,
    body: decideEvaluationRequestSchema,
    response: evaluationSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      decideEvaluation(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/evaluations/:id/next-work-plan',
    summary:
      "Next cycle's work plan from the evaluated one, dates a year on, each item with its evaluation note; EVALUATION_NOT_CONTINUING, EVALUATION_FOLLOW_UP_DONE, WORK_PLAN_EXISTS",
    tag,
    access: write,
    params,
    body: emptyRequestSchema,
    response: followUpResultSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, requestId }) =>
      createNextWorkPlan(deps, principal, params.id, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/evaluations/:id/agreement-follow-up',
    summary:
      'An addendum (continue with changes, carrying the improvements) or an extension (continue) of the agreement in force, as a draft; EVALUATION_NO_ACTIVE_AGREEMENT',
    tag,
    access: write,
    params,
    body: emptyRequestSchema,
    response: followUpResultSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, requestId }) =>
      createAgreementFollowUp(deps, principal, params.id, requestId),
  }),
];
