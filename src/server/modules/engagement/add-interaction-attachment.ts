import type { InteractionAttachment } from '../../../shared/contracts/interaction-attachments';
import { attachmentsPerInteractionMax } from '../../../shared/domain/interaction-attachments';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { displayFileName } from '../../platform/files/display-file-name';
import { documentMediaTypes, photoMediaTypes, prepareUpload } from '../../platform/files/prepare-upload';
import { storeFileWithRecord } from '../../platform/files/store-file-with-record';
import { AppError } from '../../platform/http/app-error';
import type { UploadedFile } from '../../platform/http/route-definition';
import { newId } from '../../platform/ids';
import { getInteractionRow } from './get-interaction';
import { toInteractionAttachment } from './interaction-attachment-mappers';
import {
  countAttachmentRows,
  findAttachmentRow,
  insertAttachmentRow,
  lockInteractionRow,
} from './interaction-attachments.repository';

const allowedTypes = [...photoMediaTypes, ...documentMediaTypes];

async function checkRoom(deps: AppDeps, institutionId: string, interactionId: string): Promise<void> {
  const count = await countAttachmentRows(deps.db, institutionId, interactionId);
  if (count >= attachmentsPerInteractionMax)
    throw new AppError('ATTACHMENT_LIMIT_REACHED', { max: attachmentsPerInteractionMax, count });
}

/**
 * Keeps a photo or document from a visit with its record. The content is checked and photos are
 * re-encoded without their location before anything is stored; the stored bytes are removed again
 * if the database refuses the rows.
 */
export async function addInteractionAttachment(
  deps: AppDeps,
  principal: Principal,
  interactionId: string,
  file: UploadedFile | undefined,
  caption: string | null | undefined,
  requestId: string,
): Promise<InteractionAttachment> {
  const institutionId = principal.institutionId;
  await getInteractionRow(deps.db, institutionId, interactionId);
  if (!file) throw new AppError('ATTACHMENT_FILE_MISSING');
  await checkRoom(deps, institutionId, interactionId);
  const prepared = await prepareUpload(file.bytes, allowedTypes);
  const kind = prepared.mediaType === 'application/pdf' ? 'document' : 'photo';
  const fileName = displayFileName(file.filename, prepared.extension, kind === 'photo' ? 'foto' : 'dokumen');
  const record = {
    institutionId,
    purpose: 'interaction_attachment',
    originalName: fileName,
    mediaType: prepared.mediaType,
    createdBy: principal.userId,
  };
  return storeFileWithRecord(deps, prepared.bytes, record, async (trx, fileId, stored) => {
    if (!(await lockInteractionRow(trx, institutionId, interactionId)))
      throw new AppError('INTERACTION_NOT_FOUND');
    // Counted again under the lock: two uploads racing for the last place cannot both win.
    const count = await countAttachmentRows(trx, institutionId, interactionId);
    if (count >= attachmentsPerInteractionMax)
      throw new AppError('ATTACHMENT_LIMIT_REACHED', { max: attachmentsPerInteractionMax, count });
    const id = newId();
    const now = deps.clock.now().toISOString();
    await insertAttachmentRow(trx, {
      id,
      institution_id: institutionId,
      interaction_id: interactionId,
      file_id: fileId,
      kind,
      caption: caption ?? null,
      created_by_user_id: principal.userId,
      created_at: now,
    });
    const attachment = toInteractionAttachment(
      (await findAttachmentRow(trx, institutionId, interactionId, id))!,
    );
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'interaction.attachment_added',
        entityType: 'interaction',
        entityId: interactionId,
        after: { ...attachment, sha256: stored.sha256 },
      },
    );
    return attachment;
  });
}
