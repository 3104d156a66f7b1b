import { z } from 'zod';
import type { Db } from '../../../db/database';
import { AppError } from '../../../platform/http/app-error';
import { findSigningAgreementRow, type SigningAgreementRow } from './signatures.repository';

export type SigningParty = 'institution' | 'partner';

const recordedSignatoriesSchema = z.object({
  institution: z.object({ name: z.string(), position: z.string(), userId: z.string().nullable().optional() }),
  partner: z.object({ name: z.string(), position: z.string() }),
});
export type RecordedSignatories = z.output<typeof recordedSignatoriesSchema>;

export interface SigningAgreement {
  row: SigningAgreementRow;
  signatories: RecordedSignatories;
}

export const signingParties: readonly SigningParty[] = ['institution', 'partner'];

export async function loadSigningAgreement(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<SigningAgreement> {
  const row = await findSigningAgreementRow(db, institutionId, agreementId);
  if (!row) throw new AppError('AGREEMENT_NOT_FOUND');
  return { row, signatories: recordedSignatoriesSchema.parse(JSON.parse(row.signatories_json)) };
}

export function requireAwaitingSignatures(row: SigningAgreementRow): void {
  if (row.status !== 'awaiting_signatures')
    throw new AppError('AGREEMENT_NOT_AWAITING_SIGNATURES', { status: row.status });
}

/** The signed copy exists only once every party has signed; a terminated agreement keeps it. */
export function requireSignedCopy(row: SigningAgreementRow): { fileId: string; sha256: string } {
  if (!row.final_file_id || !row.final_sha256)
    throw new AppError('AGREEMENT_NOT_ACTIVE', { status: row.status });
  return { fileId: row.final_file_id, sha256: row.final_sha256 };
}

/** Names are compared as people type them: case and surrounding or doubled spaces do not count. */
function sameWords(a: string, b: string): boolean {
  const normal = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
  return normal(a) === normal(b);
}

/** The signer confirms who they are; anyone else than the recorded signatory is refused. */
export function requireRecordedSigner(
  recorded: { name: string; position: string },
  confirm: { confirmName: string; confirmPosition: string },
): void {
  const fields = [
    ...(sameWords(recorded.name, confirm.confirmName) ? [] : ['confirmName']),
    ...(sameWords(recorded.position, confirm.confirmPosition) ? [] : ['confirmPosition']),
  ];
  if (fields.length > 0) throw new AppError('SIGNER_MISMATCH', { fields });
}
