import {
  partnerPartRequestSchema,
  publicEvaluationParamsSchema,
  publicEvaluationSchema,
} from '../../../shared/contracts/evaluations';
import { defineRoute } from '../../platform/http/route-definition';
import { readPublicEvaluation } from './read-public-evaluation';
import { recordPartnerPart } from './record-partner-part';

const tag = 'Evaluation (partner link)';
// The token in the path is the partner's key; no session is involved.
const access = { kind: 'public' } as const;

export const evaluationPartnerRoutes = [
  defineRoute({
    method: 'GET',
    path: '/public/evaluations/:id/partner-part/:token',
    summary:
      'What the partner sees through its evaluation link: who asks, the partnership, plan against actual; LINK_NOT_FOUND, LINK_EXPIRED, LINK_USED, LINK_REVOKED',
    tag,
    access,
    params: publicEvaluationParamsSchema,
    response: publicEvaluationSchema,
    handler: ({ deps, params }) => readPublicEvaluation(deps.db, params.id, params.token, deps.clock.now()),
  }),
  defineRoute({
    method: 'POST',
    path: '/public/evaluations/:id/partner-part/:token',
    summary:
      "The partner's part (satisfaction 1–5, goals, obstacles, recommendations, name and position); the link is spent with it: LINK_USED afterwards",
    tag,
    access,
    params: publicEvaluationParamsSchema,
    body: partnerPartRequestSchema,
    response: publicEvaluationSchema,
    handler: ({ deps, params, body, request, requestId }) =>
      recordPartnerPart(deps, params.id, params.token, body, {
        ipAddress: request.ip ?? null,
        userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        requestId,
      }),
  }),
];
