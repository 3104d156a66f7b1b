import { z } from 'zod';
import {
  partnerLinkResponseSchema,
  verificationResponseSchema,
  type meteraiNoteRequestSchema,
} from '../../../shared/contracts/agreements';
import { api, apiRequest, buildApiUrl } from '../../lib/api-client';

const agreementPath = (id: string) => `/agreements/${encodeURIComponent(id)}`;

/** Answers this feature only acts on by refreshing the agreement, so their shape is not ours to pin. */
const anyResponseSchema = z.unknown();

export type PartnerLink = z.output<typeof partnerLinkResponseSchema>;
export type Verification = z.output<typeof verificationResponseSchema>;
export type MeteraiNoteInput = z.input<typeof meteraiNoteRequestSchema>;

/** What a signer sends: the confirmed identity and either the drawn PNG or the scanned PDF. */
export interface SignatureSubmission {
  method: 'drawn' | 'uploaded_scan';
  confirmName: string;
  confirmPosition: string;
  versionNumber: number;
  file: Blob;
}

/** Text parts first: the server reads them before it streams the file part. */
export function signatureForm(submission: SignatureSubmission, party?: 'institution' | 'partner'): FormData {
  const form = new FormData();
  if (party) form.append('party', party);
  form.append('method', submission.method);
  form.append('confirmName', submission.confirmName);
  form.append('confirmPosition', submission.confirmPosition);
  form.append('versionNumber', String(submission.versionNumber));
  const fileName = submission.method === 'drawn' ? 'tanda-tangan.png' : 'salinan-bertanda-tangan.pdf';
  form.append('signature', submission.file, fileName);
  return form;
}

export function signAsInstitution(id: string, submission: SignatureSubmission) {
  return api.upload(
    `${agreementPath(id)}/signatures`,
    anyResponseSchema,
    signatureForm(submission, 'institution'),
  );
}

export function issueSigningLink(id: string, recipientName: string | null) {
  return api.post(`${agreementPath(id)}/signing-links`, partnerLinkResponseSchema, { recipientName });
}

export function issueReviewLink(id: string, recipientName: string | null) {
  return api.post(`${agreementPath(id)}/review-links`, partnerLinkResponseSchema, { recipientName });
}

export function verifyStoredFile(id: string) {
  return api.get(`${agreementPath(id)}/verification`, verificationResponseSchema);
}

export function verifyUploadedCopy(id: string, file: Blob) {
  return apiRequest('POST', `${agreementPath(id)}/verification`, verificationResponseSchema, {
    bytes: file,
    contentType: 'application/pdf',
  });
}

export function addMeteraiNote(id: string, body: MeteraiNoteInput) {
  return api.post(`${agreementPath(id)}/meterai-notes`, anyResponseSchema, body);
}

export function signatureFileUrl(id: string, signatureId: string): string {
  return buildApiUrl(`${agreementPath(id)}/signatures/${encodeURIComponent(signatureId)}/file`);
}

export function signedDocumentUrl(id: string): string {
  return buildApiUrl(`${agreementPath(id)}/document`, { format: 'pdf' });
}
