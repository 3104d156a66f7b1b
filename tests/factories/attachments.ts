import { multipart } from './multipart';
import type { Session } from './people';
import { phonePhotoWithLocation } from './photos';

/** The multipart body of an attachment upload, as the quick-log modal's FormData sends it. */
export function attachmentUpload(
  bytes: Buffer,
  filename = 'foto.jpg',
  contentType = 'image/jpeg',
  caption?: string,
): { payload: Buffer; headers: Record<string, string> } {
  return multipart([
    ...(caption === undefined ? [] : [{ name: 'caption', content: caption }]),
    { name: 'file', content: bytes, filename, contentType },
  ]);
}

export async function uploadAttachmentVia(
  session: Session,
  interactionId: string,
  bytes?: Buffer,
  filename = 'foto.jpg',
  contentType = 'image/jpeg',
): Promise<{ id: string; kind: string; sizeBytes: number }> {
  const body = attachmentUpload(bytes ?? (await phonePhotoWithLocation()), filename, contentType);
  const response = await session.request(
    'POST',
    `/api/v1/interactions/${interactionId}/attachments`,
    body.payload,
    body.headers,
  );
  if (response.statusCode !== 201)
    throw new Error(`attachment upload failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
