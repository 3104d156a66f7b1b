import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { findAttachmentRow } from './interaction-attachments.repository';

export interface AttachmentContent {
  bytes: Buffer;
  mediaType: string;
  kind: 'photo' | 'document';
  fileName: string;
}

/** The stored bytes of one attachment; another institution's answers like a missing one. */
export async function readInteractionAttachment(
  deps: AppDeps,
  principal: Principal,
  interactionId: string,
  attachmentId: string,
): Promise<AttachmentContent> {
  const row = await findAttachmentRow(deps.db, principal.institutionId, interactionId, attachmentId);
  if (!row) throw new AppError('ATTACHMENT_NOT_FOUND');
  return {
    bytes: await deps.files.read(row.storage_key),
    mediaType: row.media_type,
    kind: row.kind === 'document' ? 'document' : 'photo',
    fileName: row.original_name,
  };
}
