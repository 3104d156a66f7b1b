import { z } from 'zod';
import {
  agreementCommentSchema,
  documentFormatSchema,
  publicAgreementReviewSchema,
  publicApprovalRequestSchema,
  publicCommentRequestSchema,
} from '../../../shared/contracts/agreements';
import { idSchema } from '../../../shared/contracts/common';
import { defineRoute } from '../../platform/http/route-definition';
import { addPartnerComment } from './add-partner-comment';
import { readPublicAgreementReview } from './read-public-agreement-review';
import { recordPartnerApproval } from './record-partner-approval';
import { renderPublicAgreementDocument } from './render-public-agreement-document';
import { publicOrigin, sendRenderedFile } from './send-rendered-file';

const tag = 'Agreement review (partner link)';
// The token in the path is the partner's key; no session is involved.
const access = { kind: 'public' } as const;
const params = z.strictObject({ id: idSchema, token: z.string().min(1).max(200) });
const base = '/public/agreements/:id/review/:token';

export const agreementReviewRoutes = [
  defineRoute({
    method: 'GET',
    path: base,
    summary:
      'What the partner reads through a review link: the draft’s articles and its own comments; LINK_NOT_FOUND, LINK_EXPIRED, LINK_REVOKED',
    tag,
    access,
    params,
    response: publicAgreementReviewSchema,
    handler: ({ deps, params }) => readPublicAgreementReview(deps, params.id, params.token),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/document`,
    summary: 'The draft as PDF or DOCX, through the review link',
    tag,
    access,
    params,
    query: z.strictObject({ format: documentFormatSchema }),
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, params, query, reply }) {
      await sendRenderedFile(
        reply,
        await renderPublicAgreementDocument(deps, params.id, params.token, query.format),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/comments`,
    summary: 'The partner comments on the draft, optionally on one article',
    tag,
    access,
    params,
    body: publicCommentRequestSchema,
    response: agreementCommentSchema,
    successStatus: 201,
    handler: ({ deps, params, body, request, requestId }) =>
      addPartnerComment(deps, params.id, params.token, body, publicOrigin(request, requestId)),
  }),
  defineRoute({
    method: 'POST',
    path: `${base}/approval`,
    summary:
      'The partner approves the version it read, with name and position; AGREEMENT_VERSION_STALE when it changed since',
    tag,
    access,
    params,
    body: publicApprovalRequestSchema,
    response: publicAgreementReviewSchema,
    handler: ({ deps, params, body, request, requestId }) =>
      recordPartnerApproval(deps, params.id, params.token, body, publicOrigin(request, requestId)),
  }),
];
