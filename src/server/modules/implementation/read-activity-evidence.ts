import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { findEvidenceRow } from './activities.repository';

export interface EvidenceContent {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** The stored bytes of one piece of evidence; another institution's answers like a missing one. */
export async function readActivityEvidence(
  deps: AppDeps,
  principal: Principal,
  activityId: string,
  evidenceId: string,
): Promise<EvidenceContent> {
  const row = await findEvidenceRow(deps.db, principal.institutionId, activityId, evidenceId);
  if (!row) throw new AppError('EVIDENCE_NOT_FOUND');
  return {
    bytes: await deps.files.read(row.storage_key),
    mediaType: row.media_type,
    fileName: row.original_name,
  };
}
