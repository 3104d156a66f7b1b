import { okResponseSchema } from '../../../shared/contracts/common';
import { interactionAttachmentSchema } from '../../../shared/contracts/interaction-attachments';
import { api, buildApiUrl } from '../../lib/api-client';
import { uploadWithProgress } from '../../lib/upload-with-progress';

export function uploadAttachment(
  interactionId: string,
  file: File,
  onProgress: (fraction: number) => void,
  idempotencyKey: string,
) {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress(
    `/interactions/${interactionId}/attachments`,
    interactionAttachmentSchema,
    form,
    onProgress,
    { 'Idempotency-Key': idempotencyKey },
  );
}

export function removeAttachment(interactionId: string, attachmentId: string) {
  return api.delete(`/interactions/${interactionId}/attachments/${attachmentId}`, okResponseSchema);
}

/** Same origin, so the session cookie goes along with an `<img>` or a link. */
/** `thumbnail` asks for a small WebP of a photo, for lists read on a weak connection. */
export function attachmentUrl(
  interactionId: string,
  attachmentId: string,
  size: 'full' | 'thumbnail' = 'full',
): string {
  const path = `/interactions/${interactionId}/attachments/${attachmentId}`;
  return buildApiUrl(size === 'thumbnail' ? `${path}?size=thumbnail` : path);
}
