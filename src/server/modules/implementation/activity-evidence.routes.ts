import { z } from 'zod';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  activityEvidenceSchema,
  activityParamsSchema,
  addEvidenceFieldsSchema,
  evidenceDownloadQuerySchema,
  evidenceParamsSchema,
} from '../../../shared/contracts/activities';
import { attachmentMaxBytes } from '../../../shared/domain/interaction-attachments';
import { contentDisposition } from '../../platform/files/display-file-name';
import { makeThumbnail } from '../../platform/files/make-thumbnail';
import { defineRoute } from '../../platform/http/route-definition';
import { addActivityEvidence } from './add-activity-evidence';
import { readActivityEvidence } from './read-activity-evidence';
import { removeActivityEvidence } from './remove-activity-evidence';

const tag = 'Implementation';
const write = { kind: 'authenticated', permission: 'activities.write' } as const;

export const activityEvidenceRoutes = [
  defineRoute({
    method: 'POST',
    path: '/activities/:activityId/evidence',
    summary:
      'Multipart `file`, `kind` (photo: JPEG/PNG/WebP; attendance or document: also PDF; by content, ≤ 10 MB) and optional `caption`; photos re-encoded without EXIF/GPS',
    tag,
    access: write,
    params: activityParamsSchema,
    bodyKind: { kind: 'multipart', maxFileBytes: attachmentMaxBytes },
    body: addEvidenceFieldsSchema,
    response: activityEvidenceSchema,
    successStatus: 201,
    idempotent: true,
    handler: ({ deps, principal, params, body, files, requestId }) =>
      addActivityEvidence(
        deps,
        principal,
        params.activityId,
        { file: files.file, kind: body.kind, caption: body.caption },
        requestId,
      ),
  }),
  defineRoute({
    method: 'GET',
    path: '/activities/:activityId/evidence/:evidenceId',
    summary: 'The evidence file: images inline (`?size=thumbnail` for a small WebP), PDFs as a download',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: evidenceParamsSchema,
    query: evidenceDownloadQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply }) {
      const stored = await readActivityEvidence(deps, principal, params.activityId, params.evidenceId);
      const image = stored.mediaType.startsWith('image/');
      const file =
        query.size === 'thumbnail' && image
          ? { ...stored, bytes: await makeThumbnail(stored.bytes), mediaType: 'image/webp' }
          : stored;
      await reply
        .header('Content-Type', file.mediaType)
        .header('Content-Disposition', contentDisposition(image ? 'inline' : 'attachment', file.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        // Never changes under its id; private because it is one institution's record.
        .header('Cache-Control', 'private, max-age=86400')
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/activities/:activityId/evidence/:evidenceId',
    summary: 'Remove a piece of evidence (its file is deleted)',
    tag,
    access: write,
    params: evidenceParamsSchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await removeActivityEvidence(deps, principal, params.activityId, params.evidenceId, requestId);
      return { ok: true as const };
    },
  }),
];
