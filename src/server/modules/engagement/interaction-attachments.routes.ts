import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  addAttachmentFieldsSchema,
  attachmentDownloadQuerySchema,
  attachmentParamsSchema,
  interactionAttachmentSchema,
} from '../../../shared/contracts/interaction-attachments';
import { attachmentMaxBytes } from '../../../shared/domain/interaction-attachments';
import { contentDisposition } from '../../platform/files/display-file-name';
import { makeThumbnail } from '../../platform/files/make-thumbnail';
import { defineRoute } from '../../platform/http/route-definition';
import { addInteractionAttachment } from './add-interaction-attachment';
import { readInteractionAttachment } from './read-interaction-attachment';
import { removeInteractionAttachment } from './remove-interaction-attachment';

const tag = 'Interactions';

export const interactionAttachmentRoutes = [
  defineRoute({
    method: 'POST',
    path: '/interactions/:id/attachments',
    summary:
      'Multipart `file` (JPEG, PNG, WebP or PDF by content, ≤ 10 MB) and optional `caption`: photos are re-encoded without EXIF/GPS; at most 20 per interaction',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.write' },
    params: z.strictObject({ id: idSchema }),
    bodyKind: { kind: 'multipart', maxFileBytes: attachmentMaxBytes },
    body: addAttachmentFieldsSchema,
    response: interactionAttachmentSchema,
    successStatus: 201,
    idempotent: true,
    handler: ({ deps, principal, params, body, files, requestId }) =>
      addInteractionAttachment(deps, principal, params.id, files.file, body.caption, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/interactions/:id/attachments/:attachmentId',
    summary: 'The attachment bytes: photos inline (`?size=thumbnail` for a small WebP), PDFs as a download',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.read' },
    params: attachmentParamsSchema,
    query: attachmentDownloadQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply }) {
      const stored = await readInteractionAttachment(deps, principal, params.id, params.attachmentId);
      const file =
        query.size === 'thumbnail' && stored.kind === 'photo'
          ? { ...stored, bytes: await makeThumbnail(stored.bytes), mediaType: 'image/webp' }
          : stored;
      await reply
        .header('Content-Type', file.mediaType)
        .header(
          'Content-Disposition',
          contentDisposition(file.kind === 'photo' ? 'inline' : 'attachment', file.fileName),
        )
        .header('X-Content-Type-Options', 'nosniff')
        // Never changes under its id; private because it is one institution's record.
        .header('Cache-Control', 'private, max-age=86400')
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/interactions/:id/attachments/:attachmentId',
    summary: 'Remove an attachment (its file is deleted)',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.write' },
    params: attachmentParamsSchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await removeInteractionAttachment(deps, principal, params.id, params.attachmentId, requestId);
      return { ok: true as const };
    },
  }),
];
