import { z } from 'zod';
import { attachmentCaptionMaxLength, attachmentKinds } from '../domain/interaction-attachments';
import { idSchema, isoDateTimeSchema, optionalText } from './common';

export const interactionAttachmentSchema = z.object({
  id: idSchema,
  kind: z.enum(attachmentKinds),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  caption: z.string().nullable(),
  /** A display name only: the sender's name cleaned, with the extension of the real content. */
  fileName: z.string(),
  createdAt: isoDateTimeSchema,
});
export type InteractionAttachment = z.infer<typeof interactionAttachmentSchema>;

/** The text parts of the multipart upload; the file itself is the part named `file`. */
export const addAttachmentFieldsSchema = z.strictObject({
  caption: optionalText(attachmentCaptionMaxLength),
});

export const attachmentParamsSchema = z.strictObject({ id: idSchema, attachmentId: idSchema });

/** `thumbnail`: a small WebP of a photo for the timeline (a document is sent whole either way). */
export const attachmentDownloadQuerySchema = z.strictObject({
  size: z.enum(['full', 'thumbnail']).default('full'),
});
