import {
  publicSigningDocumentQuerySchema,
  publicSigningParamsSchema,
  publicSigningSchema,
  signatureFormSchema,
} from '../../../../shared/contracts/agreements';
import { z } from 'zod';
import { contentDisposition } from '../../../platform/files/display-file-name';
import { defineRoute } from '../../../platform/http/route-definition';
import { readPublicSigning } from './read-public-signing';
import { renderSigningDraft } from './render-signing-draft';
import { signThroughLink } from './sign-through-link';
import { scanSignatureMaxBytes } from './signature-file';
import { requestOrigin } from './signing.routes';

const tag = 'Agreement signing (partner link)';
// The token in the path is the signer's key; no session is involved.
const access = { kind: 'public' } as const;

export const publicSigningRoutes = [
  defineRoute({
    method: 'GET',
    path: '/public/agreements/:id/signing/:token',
    summary:
      'What the partner signatory sees before signing: the agreement, and the name and position to confirm; LINK_NOT_FOUND, LINK_EXPIRED, LINK_USED, LINK_REVOKED',
    tag,
    access,
    params: publicSigningParamsSchema,
    response: publicSigningSchema,
    handler: ({ deps, params }) => readPublicSigning(deps.db, params.id, params.token, deps.clock.now()),
  }),
  defineRoute({
    method: 'GET',
    path: '/public/agreements/:id/signing/:token/document',
    summary: 'The version to be signed as a PDF (still marked DRAF)',
    tag,
    access,
    params: publicSigningParamsSchema,
    query: publicSigningDocumentQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, params, reply }) {
      const file = await renderSigningDraft(deps, params.id, params.token);
      await reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Disposition', contentDisposition('inline', file.filename))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'no-store')
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/public/agreements/:id/signing/:token',
    summary:
      "The partner's signatory signs once through the link: multipart like POST /agreements/{id}/signatures; time, IP address and browser are kept",
    tag,
    access,
    params: publicSigningParamsSchema,
    bodyKind: { kind: 'multipart', maxFileBytes: scanSignatureMaxBytes },
    body: signatureFormSchema,
    response: publicSigningSchema,
    successStatus: 201,
    handler: ({ deps, params, body, files, request, requestId }) =>
      signThroughLink(deps, params.id, params.token, body, files.signature, {
        ...requestOrigin(request),
        requestId,
      }),
  }),
];
