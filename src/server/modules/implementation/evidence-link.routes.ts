import {
  addPartnerEvidenceFieldsSchema,
  evidenceLinkSchema,
  issueEvidenceLinkRequestSchema,
  partnershipActivitiesParamsSchema,
  publicEvidencePageSchema,
  publicEvidenceParamsSchema,
  publicItemEvidenceParamsSchema,
} from '../../../shared/contracts/activities';
import { attachmentMaxBytes } from '../../../shared/domain/interaction-attachments';
import { defineRoute } from '../../platform/http/route-definition';
import { publicBaseUrl } from '../institutions/index';
import { addPartnerEvidence } from './add-partner-evidence';
import { issueEvidenceLink } from './issue-evidence-link';
import { readPublicEvidence } from './read-public-evidence';

const tag = 'Implementation (partner link)';
// The token in the path is the partner's key; no session is involved.
const open = { kind: 'public' } as const;

export const evidenceLinkRoutes = [
  defineRoute({
    method: 'POST',
    path: '/partnerships/:partnershipId/evidence-link',
    summary:
      'A reusable 30-day link for the partner to add evidence for its own items without an account, with a WhatsApp draft',
    tag: 'Implementation',
    access: { kind: 'authenticated', permission: 'activities.write' },
    params: partnershipActivitiesParamsSchema,
    body: issueEvidenceLinkRequestSchema,
    response: evidenceLinkSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      issueEvidenceLink(
        deps,
        principal,
        params.partnershipId,
        body,
        publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null),
        requestId,
      ),
  }),
  defineRoute({
    method: 'GET',
    path: '/public/partnerships/:id/evidence/:token',
    summary:
      'What the partner sees through its evidence link: its own items of the current plan with their activities and evidence; LINK_NOT_FOUND, LINK_EXPIRED, LINK_REVOKED',
    tag,
    access: open,
    params: publicEvidenceParamsSchema,
    response: publicEvidencePageSchema,
    handler: ({ deps, params }) => readPublicEvidence(deps.db, params.id, params.token, deps.clock.now()),
  }),
  defineRoute({
    method: 'POST',
    path: '/public/partnerships/:id/evidence/:token/items/:itemId/evidence',
    summary:
      "Multipart `file`, `kind`, optional `caption` and `contributorName`: joins the item's newest activity or starts one (in progress, by the partner); ITEM_NOT_PARTNERS",
    tag,
    access: open,
    params: publicItemEvidenceParamsSchema,
    bodyKind: { kind: 'multipart', maxFileBytes: attachmentMaxBytes },
    body: addPartnerEvidenceFieldsSchema,
    response: publicEvidencePageSchema,
    successStatus: 201,
    handler: ({ deps, params, body, files, requestId }) =>
      addPartnerEvidence(
        deps,
        params.id,
        params.token,
        params.itemId,
        { file: files.file, kind: body.kind, caption: body.caption, contributorName: body.contributorName },
        requestId,
      ),
  }),
];
