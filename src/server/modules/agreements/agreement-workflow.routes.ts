import { z } from 'zod';
import {
  addendumRequestSchema,
  agreementCommentSchema,
  agreementCommentsResponseSchema,
  agreementSchema,
  beritaAcaraRequestSchema,
  createCommentRequestSchema,
  extendAgreementRequestSchema,
  partnerLinkRequestSchema,
  partnerLinkResponseSchema,
  resolveCommentRequestSchema,
  terminateAgreementRequestSchema,
} from '../../../shared/contracts/agreements';
import { idSchema } from '../../../shared/contracts/common';
import { defineRoute } from '../../platform/http/route-definition';
import { addInternalComment } from './add-internal-comment';
import { listAgreementComments } from './list-agreement-comments';
import { resolveAgreementComment } from './resolve-agreement-comment';
import { createAddendum } from './create-addendum';
import { extendAgreement } from './extend-agreement';
import { issueAgreementReviewLink } from './issue-review-link';
import { approveAgreementInternally } from './approve-agreement-internally';
import { requestAgreementReview } from './request-agreement-review';
import { renderBeritaAcara } from './render-berita-acara';
import { requestSignatures } from './request-signatures';
import { baseUrlOf, sendRenderedFile } from './send-rendered-file';
import { terminateAgreement } from './terminate-agreement';

const tag = 'Agreements';
const params = z.strictObject({ id: idSchema });
const commentParams = z.strictObject({ id: idSchema, commentId: idSchema });
const read = { kind: 'authenticated', permission: 'agreements.read' } as const;
const write = { kind: 'authenticated', permission: 'agreements.write' } as const;
const sign = { kind: 'authenticated', permission: 'agreements.sign' } as const;

export const agreementWorkflowRoutes = [
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/review-requests',
    summary: 'Send a draft to review (draft → in_review)',
    tag,
    access: write,
    params,
    response: agreementSchema,
    handler: ({ deps, principal, params, requestId }) =>
      requestAgreementReview(deps, principal, params.id, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/internal-approval',
    summary: 'Approve the current version for the institution (an edit afterwards asks again)',
    tag,
    access: sign,
    params,
    response: agreementSchema,
    handler: ({ deps, principal, params, requestId }) =>
      approveAgreementInternally(deps, principal, params.id, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/signing-requests',
    summary:
      'Freeze the current version for signing and give it the institution’s next number of the year; AGREEMENT_NOT_READY (details.missing)',
    tag,
    access: sign,
    params,
    response: agreementSchema,
    handler: ({ deps, principal, params, requestId }) =>
      requestSignatures(deps, principal, params.id, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id/comments',
    summary: 'Review comments, colleagues’ and the partner’s, oldest first',
    tag,
    access: read,
    params,
    response: agreementCommentsResponseSchema,
    handler: ({ deps, principal, params }) =>
      listAgreementComments(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/comments',
    summary: 'Comment on the current version, optionally on one article',
    tag,
    access: write,
    params,
    body: createCommentRequestSchema,
    response: agreementCommentSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      addInternalComment(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/agreements/:id/comments/:commentId',
    summary: 'Mark a comment resolved (or open again)',
    tag,
    access: write,
    params: commentParams,
    body: resolveCommentRequestSchema,
    response: agreementCommentSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      resolveAgreementComment(deps, principal, params.id, params.commentId, body.resolved, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/review-links',
    summary:
      'A link for the partner to read, comment and approve without an account (14 days), with a WhatsApp draft',
    tag,
    access: write,
    params,
    body: partnerLinkRequestSchema,
    response: partnerLinkResponseSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      issueAgreementReviewLink(deps, principal, params.id, body, baseUrlOf(deps, request), requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/extensions',
    summary:
      'Renew an agreement in force or just ended: `unchanged` (an extension) or `with_addendum`; AGREEMENT_NOT_EXTENDABLE',
    tag,
    access: write,
    params,
    body: extendAgreementRequestSchema,
    response: agreementSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      extendAgreement(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/addenda',
    summary: 'Change provisions of an agreement in force (a new linked draft); AGREEMENT_NOT_EXTENDABLE',
    tag,
    access: write,
    params,
    body: addendumRequestSchema,
    response: agreementSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createAddendum(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/termination',
    summary: 'End an agreement in force early, with the reason; AGREEMENT_NOT_ACTIVE',
    tag,
    access: sign,
    params,
    body: terminateAgreementRequestSchema,
    response: agreementSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      terminateAgreement(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/berita-acara',
    summary:
      'A berita acara (agreement reached, handover, monitoring visit) of the agreement’s parties, as PDF or DOCX',
    tag,
    access: write,
    params,
    body: beritaAcaraRequestSchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, body, reply, requestId }) {
      await sendRenderedFile(reply, await renderBeritaAcara(deps, principal, params.id, body, requestId));
    },
  }),
];
