import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { AppError } from '../../../platform/http/app-error';
import { findAgreementSignatureRow, findSigningFile } from './signatures.repository';

export interface SignatureFile {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** The drawing or the scan a signer gave, as it was kept. */
export async function readSignatureFile(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  signatureId: string,
): Promise<SignatureFile> {
  const institutionId = principal.institutionId;
  const signature = await findAgreementSignatureRow(deps.db, institutionId, agreementId, signatureId);
  if (!signature) throw new AppError('FILE_NOT_FOUND');
  const file = await findSigningFile(deps.db, institutionId, signature.file_id);
  if (!file) throw new AppError('FILE_NOT_FOUND');
  return {
    bytes: await deps.files.read(file.storage_key),
    mediaType: file.media_type,
    fileName: file.original_name,
  };
}
