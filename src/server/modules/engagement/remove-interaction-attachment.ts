import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toInteractionAttachment } from './interaction-attachment-mappers';
import { deleteAttachmentRows, findAttachmentRow } from './interaction-attachments.repository';

/** Drops an attachment; its bytes are deleted only once the rows are gone for good. */
export async function removeInteractionAttachment(
  deps: AppDeps,
  principal: Principal,
  interactionId: string,
  attachmentId: string,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const storageKey = await deps.db.transaction().execute(async (trx) => {
    const row = await findAttachmentRow(trx, institutionId, interactionId, attachmentId);
    if (!row) throw new AppError('ATTACHMENT_NOT_FOUND');
    await deleteAttachmentRows(trx, institutionId, row);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'interaction.attachment_removed',
        entityType: 'interaction',
        entityId: interactionId,
        before: toInteractionAttachment(row),
      },
    );
    return row.storage_key;
  });
  await deps.files.remove(storageKey);
}
