import type { z } from 'zod';
import type { verificationResponseSchema } from '../../../../shared/contracts/agreements';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { AppError } from '../../../platform/http/app-error';
import { sha256Hex } from '../document/hash-document';
import { loadSigningAgreement, requireSignedCopy } from './signing-agreement';
import { findSigningFile } from './signatures.repository';

export type VerificationResponse = z.input<typeof verificationResponseSchema>;

/**
 * Intact means the bytes hash to the SHA-256 recorded when the last party signed. With `copy`, a file
 * someone holds (an email attachment, a download) is compared; without, the stored file is re-read,
 * which also catches a file changed on the server's disk.
 */
export async function verifyAgreementFile(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  copy: Buffer | null,
): Promise<VerificationResponse> {
  const { row } = await loadSigningAgreement(deps.db, principal.institutionId, agreementId);
  const signed = requireSignedCopy(row);
  let bytes = copy;
  if (!bytes) {
    const file = await findSigningFile(deps.db, principal.institutionId, signed.fileId);
    if (!file) throw new AppError('FILE_NOT_FOUND');
    bytes = await deps.files.read(file.storage_key);
  }
  const computedSha256 = sha256Hex(bytes);
  return {
    intact: computedSha256 === signed.sha256,
    storedSha256: signed.sha256,
    computedSha256,
    checkedAt: deps.clock.now().toISOString(),
    source: copy ? 'upload' : 'stored',
  };
}
