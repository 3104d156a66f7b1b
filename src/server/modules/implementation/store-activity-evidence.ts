import type { Transaction } from 'kysely';
import { evidencePerActivityMax, type ActivityEvidence } from '../../../shared/contracts/activities';
import type { EvidenceKind, EvidenceSide } from '../../../shared/domain/activity-vocabulary';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import { displayFileName } from '../../platform/files/display-file-name';
import { documentMediaTypes, photoMediaTypes, prepareUpload } from '../../platform/files/prepare-upload';
import { storeFileWithRecord } from '../../platform/files/store-file-with-record';
import { AppError } from '../../platform/http/app-error';
import type { UploadedFile } from '../../platform/http/route-definition';
import { newId } from '../../platform/ids';
import {
  countEvidenceRows,
  findEvidenceRow,
  insertEvidenceRow,
  lockActivityRow,
} from './activities.repository';
import { toEvidence } from './activity-mappers';

/** A photo must be a picture; an attendance list or a document may be a scan (PDF) or a phone photo. */
const allowedByKind: Record<EvidenceKind, readonly ((typeof photoMediaTypes)[number] | 'application/pdf')[]> =
  {
    photo: photoMediaTypes,
    attendance: [...photoMediaTypes, ...documentMediaTypes],
    document: [...photoMediaTypes, ...documentMediaTypes],
  };

const fallbackName: Record<EvidenceKind, string> = {
  photo: 'foto-kegiatan',
  attendance: 'daftar-hadir',
  document: 'dokumen-kegiatan',
};

export interface EvidenceUpload {
  institutionId: string;
  file: UploadedFile | undefined;
  kind: EvidenceKind;
  caption: string | null;
  side: EvidenceSide;
  contributorName: string | null;
  publicLinkId: string | null;
  userId: string | null;
}

/**
 * Keeps an evidence file with its activity: checked by content, photos re-encoded without their
 * location, bytes and rows stored together or not at all. `activityIdIn` runs inside the
 * transaction and names the activity (the partner's upload may create it first); `afterInsert`
 * writes the caller's audit row in the same transaction.
 */
export async function storeActivityEvidence(
  deps: AppDeps,
  upload: EvidenceUpload,
  activityIdIn: (trx: Transaction<Database>) => Promise<string>,
  afterInsert: (
    trx: Transaction<Database>,
    activityId: string,
    evidence: ActivityEvidence,
    sha256: string,
  ) => Promise<void>,
): Promise<ActivityEvidence> {
  if (!upload.file) throw new AppError('ATTACHMENT_FILE_MISSING');
  const prepared = await prepareUpload(upload.file.bytes, allowedByKind[upload.kind]);
  const record = {
    institutionId: upload.institutionId,
    purpose: 'activity_evidence',
    originalName: displayFileName(upload.file.filename, prepared.extension, fallbackName[upload.kind]),
    mediaType: prepared.mediaType,
    createdBy: upload.userId,
  };
  return storeFileWithRecord(deps, prepared.bytes, record, async (trx, fileId, stored) => {
    const activityId = await activityIdIn(trx);
    if (!(await lockActivityRow(trx, upload.institutionId, activityId)))
      throw new AppError('ACTIVITY_NOT_FOUND');
    // Counted under the lock: two uploads racing for the last place cannot both win.
    const count = await countEvidenceRows(trx, upload.institutionId, activityId);
    if (count >= evidencePerActivityMax)
      throw new AppError('ATTACHMENT_LIMIT_REACHED', { max: evidencePerActivityMax, count });
    const id = newId();
    await insertEvidenceRow(trx, {
      id,
      institution_id: upload.institutionId,
      activity_id: activityId,
      file_id: fileId,
      kind: upload.kind,
      caption: upload.caption,
      added_by_side: upload.side,
      contributor_name: upload.contributorName,
      public_link_id: upload.publicLinkId,
      created_by_user_id: upload.userId,
      created_at: deps.clock.now().toISOString(),
    });
    const evidence = toEvidence((await findEvidenceRow(trx, upload.institutionId, activityId, id))!);
    await afterInsert(trx, activityId, evidence, stored.sha256);
    return evidence;
  });
}
