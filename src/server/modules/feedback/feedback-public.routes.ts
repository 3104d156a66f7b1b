import {
  feedbackAnswerSchema,
  publicFeedbackParamsSchema,
  publicFeedbackSchema,
} from '../../../shared/contracts/feedback';
import { defineRoute } from '../../platform/http/route-definition';
import { answerFeedback } from './answer-feedback';
import { readPublicFeedback } from './read-public-feedback';

const tag = 'Feedback (contact link)';
// The token in the path is the contact's key; no session is involved.
const access = { kind: 'public' } as const;

export const feedbackPublicRoutes = [
  defineRoute({
    method: 'GET',
    path: '/public/feedback-requests/:id/answer/:token',
    summary:
      'What the contact sees through the feedback link: who asks and the questions; LINK_NOT_FOUND, LINK_EXPIRED, LINK_USED, LINK_REVOKED',
    tag,
    access,
    params: publicFeedbackParamsSchema,
    response: publicFeedbackSchema,
    handler: ({ deps, params }) => readPublicFeedback(deps.db, params.id, params.token, deps.clock.now()),
  }),
  defineRoute({
    method: 'POST',
    path: '/public/feedback-requests/:id/answer/:token',
    summary:
      'The answer (satisfaction 1–5, recommend 0–10, what to improve, comments, name); the link is spent with it: LINK_USED afterwards',
    tag,
    access,
    params: publicFeedbackParamsSchema,
    body: feedbackAnswerSchema,
    response: publicFeedbackSchema,
    handler: ({ deps, params, body, request, requestId }) =>
      answerFeedback(deps, params.id, params.token, body, {
        ipAddress: request.ip ?? null,
        userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        requestId,
      }),
  }),
];
