import type { AppDeps } from '../../../platform/app-deps';
import { AppError } from '../../../platform/http/app-error';
import type { SigningEvent } from '../document/agreement-document-model';
import type { SigningParty } from './signing-agreement';
import { findSigningFile, type AgreementSignatureRow } from './signatures.repository';

/** One party's signature with its file's bytes, whether already kept or being signed now. */
export interface SigningMark {
  party: SigningParty;
  method: 'drawn' | 'uploaded_scan';
  /** The drawing (PNG) or the scanned signed copy (PDF). */
  bytes: Buffer;
  name: string;
  position: string;
  signedAt: string;
  ipAddress: string | null;
  userAgent: string | null;
}

export async function markOfRow(deps: AppDeps, row: AgreementSignatureRow): Promise<SigningMark> {
  const file = await findSigningFile(deps.db, row.institution_id, row.file_id);
  if (!file) throw new AppError('FILE_NOT_FOUND');
  return {
    party: row.party as SigningParty,
    method: row.method as SigningMark['method'],
    bytes: await deps.files.read(file.storage_key),
    name: row.signer_name,
    position: row.signer_position,
    signedAt: row.signed_at,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
  };
}

/** The certificate page's rows: every signing, oldest first. */
export function signingEvents(marks: SigningMark[]): SigningEvent[] {
  return [...marks]
    .sort((a, b) => a.signedAt.localeCompare(b.signedAt))
    .map((mark) => ({
      at: mark.signedAt,
      name: mark.name,
      position: mark.position,
      party: mark.party,
      method: mark.method,
      ipAddress: mark.ipAddress,
      userAgent: mark.userAgent,
    }));
}
