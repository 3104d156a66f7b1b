import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  agreementSchema,
  meteraiNoteRequestSchema,
  meteraiNoteSchema,
  partnerLinkRequestSchema,
  partnerLinkResponseSchema,
  signatureFileParamsSchema,
  signatureFormSchema,
  verificationResponseSchema,
} from '../../../../shared/contracts/agreements';
import { idSchema } from '../../../../shared/contracts/common';
import type { AppDeps } from '../../../platform/app-deps';
import { contentDisposition } from '../../../platform/files/display-file-name';
import { AppError } from '../../../platform/http/app-error';
import { defineRoute } from '../../../platform/http/route-definition';
import { publicBaseUrl } from '../../institutions/index';
import { getAgreement } from '../get-agreement';
import { issueSigningLink } from './issue-signing-link';
import { readSignatureFile } from './read-signature-file';
import { recordMeteraiNote } from './record-meterai-note';
import { signAgreement } from './sign-agreement';
import { scanSignatureMaxBytes } from './signature-file';
import { verifyAgreementFile } from './verify-agreement-file';

const tag = 'Agreement signing';
const params = z.strictObject({ id: idSchema });
/** A signed copy with scans appended stays well below this. */
const verificationMaxBytes = 20 * 1024 * 1024;

export function requestOrigin(request: FastifyRequest): {
  ipAddress: string | null;
  userAgent: string | null;
} {
  return { ipAddress: request.ip ?? null, userAgent: request.headers['user-agent']?.slice(0, 500) ?? null };
}

function baseUrlOf(deps: AppDeps, request: FastifyRequest): string {
  return publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null);
}

export const signingRoutes = [
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/signatures',
    summary:
      "The institution's signatory signs the version frozen for signing: multipart text parts (method, confirmName, confirmPosition, versionNumber) and file `signature` (PNG drawing ≤ 1 MB or PDF scan ≤ 10 MB). SIGNER_MISMATCH, AGREEMENT_VERSION_STALE, AGREEMENT_NOT_AWAITING_SIGNATURES, ALREADY_SIGNED, SIGNATURE_FILE_INVALID; the last signature makes the agreement active",
    tag,
    access: { kind: 'authenticated', permission: 'agreements.sign' },
    params,
    bodyKind: { kind: 'multipart', maxFileBytes: scanSignatureMaxBytes },
    body: signatureFormSchema,
    response: agreementSchema,
    successStatus: 201,
    async handler({ deps, principal, params, body, files, request, requestId }) {
      if (body.party && body.party !== 'institution')
        throw new AppError('SIGNER_MISMATCH', { fields: ['party'] });
      await signAgreement(deps, {
        institutionId: principal.institutionId,
        agreementId: params.id,
        party: 'institution',
        form: body,
        file: files.signature,
        origin: { principal, link: null, ...requestOrigin(request), requestId },
      });
      return getAgreement(deps.db, principal.institutionId, params.id, deps.clock.now());
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/signing-links',
    summary:
      "A one-time link (7 days) for the partner's signatory, with an editable WhatsApp draft; older unused signing links are withdrawn",
    tag,
    access: { kind: 'authenticated', permission: 'agreements.sign' },
    params,
    body: partnerLinkRequestSchema,
    response: partnerLinkResponseSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      issueSigningLink(deps, principal, params.id, body, baseUrlOf(deps, request), requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id/verification',
    summary: 'Re-reads the stored signed copy and compares its SHA-256 with the one recorded at activation',
    tag,
    access: { kind: 'authenticated', permission: 'agreements.read' },
    params,
    response: verificationResponseSchema,
    handler: ({ deps, principal, params }) => verifyAgreementFile(deps, principal, params.id, null),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/verification',
    summary:
      'Compares a copy someone holds (raw `application/pdf` body, ≤ 20 MB) with the signed copy: intact or modified',
    tag,
    access: { kind: 'authenticated', permission: 'agreements.read' },
    params,
    bodyKind: { kind: 'bytes', mediaTypes: ['application/pdf'], maxBytes: verificationMaxBytes },
    response: verificationResponseSchema,
    handler: ({ deps, principal, params, body }) =>
      verifyAgreementFile(deps, principal, params.id, Buffer.isBuffer(body) ? body : Buffer.alloc(0)),
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id/signatures/:signatureId/file',
    summary: 'The drawing (PNG) or the scanned signed copy (PDF) a signer gave',
    tag,
    access: { kind: 'authenticated', permission: 'agreements.read' },
    params: signatureFileParamsSchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, reply }) {
      const file = await readSignatureFile(deps, principal, params.id, params.signatureId);
      await reply
        .header('Content-Type', file.mediaType)
        .header('Content-Disposition', contentDisposition('attachment', file.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements/:id/meterai-notes',
    summary:
      'Records the meterai on a printed copy (physical, or e-Meterai with its serial); signed agreements only',
    tag,
    access: { kind: 'authenticated', permission: 'agreements.sign' },
    params,
    body: meteraiNoteRequestSchema,
    response: meteraiNoteSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      recordMeteraiNote(deps, principal, params.id, body, requestId),
  }),
];
