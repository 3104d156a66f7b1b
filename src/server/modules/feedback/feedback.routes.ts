import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  cancelFeedbackRequestSchema,
  createFeedbackRequestSchema,
  feedbackRequestPageSchema,
  feedbackRequestSchema,
  feedbackSummaryQuerySchema,
  feedbackSummarySchema,
  issuedFeedbackRequestSchema,
  listFeedbackRequestsQuerySchema,
  partnerFeedbackSchema,
} from '../../../shared/contracts/feedback';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportFeedbackRequests, exportFeedbackRequestsQuerySchema } from './export-feedback-requests';
import { defineRoute } from '../../platform/http/route-definition';
import { publicBaseUrl } from '../institutions/index';
import { cancelFeedbackRequest } from './cancel-feedback-request';
import { getFeedbackSummary } from './get-feedback-summary';
import { getPartnerFeedback } from './get-partner-feedback';
import { listFeedbackRequests } from './list-feedback-requests';
import { requestFeedback } from './request-feedback';

const tag = 'Feedback';
const params = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partners.read' } as const;
const write = { kind: 'authenticated', permission: 'care.write' } as const;

export const feedbackRoutes = [
  defineRoute({
    method: 'POST',
    path: '/partners/:id/feedback-requests',
    summary:
      "Ask one of the partner's contacts for feedback: a single-use link (14 days) and a WhatsApp draft; CONTACT_NOT_FOUND (another partner's contact too), CONTACT_CONSENT_WITHDRAWN",
    tag,
    access: write,
    params,
    body: createFeedbackRequestSchema,
    response: issuedFeedbackRequestSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      requestFeedback(
        deps,
        principal,
        params.id,
        body,
        publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null),
        requestId,
      ),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/:id/feedback',
    summary: "The partner's feedback: latest satisfaction, the 12 months' average and count, the requests",
    tag,
    access: read,
    params,
    response: partnerFeedbackSchema,
    handler: ({ deps, principal, params }) => getPartnerFeedback(deps, principal, params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/feedback-requests',
    summary:
      "The institution's feedback requests, latest first; filters status (sent, answered, cancelled, expired), partnerId",
    tag,
    access: read,
    query: listFeedbackRequestsQuerySchema,
    response: feedbackRequestPageSchema,
    handler: ({ deps, principal, query }) => listFeedbackRequests(deps, principal, query),
  }),
  defineExportRoute({
    path: '/feedback-requests/export',
    summary: 'Feedback requests as XLSX or CSV, with the filters of the list',
    tag,
    access: read,
    query: exportFeedbackRequestsQuerySchema,
    file: ({ deps, principal, query }) => exportFeedbackRequests(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/feedback-requests/:id/cancellation',
    summary: 'Withdraw an unanswered request; its link stops opening (LINK_REVOKED); FEEDBACK_REQUEST_CLOSED',
    tag,
    access: write,
    params,
    body: cancelFeedbackRequestSchema,
    response: feedbackRequestSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      cancelFeedbackRequest(deps, principal, params.id, body.version, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/care/feedback-summary',
    summary:
      "The institution's feedback figures over requests made in a period (default the last 12 months): sent, answered, response rate, average satisfaction, promoters/passives/detractors",
    tag,
    access: read,
    query: feedbackSummaryQuerySchema,
    response: feedbackSummarySchema,
    handler: ({ deps, principal, query }) => getFeedbackSummary(deps, principal, query),
  }),
];
