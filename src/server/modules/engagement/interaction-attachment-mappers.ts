import type { InteractionAttachment } from '../../../shared/contracts/interaction-attachments';
import type { AttachmentRow } from './interaction-attachments.repository';

export function toInteractionAttachment(row: AttachmentRow): InteractionAttachment {
  return {
    id: row.id,
    kind: row.kind as InteractionAttachment['kind'],
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    caption: row.caption,
    fileName: row.original_name,
    createdAt: row.created_at,
  };
}

/** Attachments by interaction, keeping the query's order. */
export function groupAttachments(rows: AttachmentRow[]): Map<string, InteractionAttachment[]> {
  const byInteraction = new Map<string, InteractionAttachment[]>();
  for (const row of rows) {
    const list = byInteraction.get(row.interaction_id) ?? [];
    list.push(toInteractionAttachment(row));
    byInteraction.set(row.interaction_id, list);
  }
  return byInteraction;
}
