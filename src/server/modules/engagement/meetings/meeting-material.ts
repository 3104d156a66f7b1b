import type { Meeting } from '../../../../shared/contracts/meetings';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { documentMediaTypes, photoMediaTypes, prepareUpload } from '../../../platform/files/prepare-upload';
import { storeFileWithRecord } from '../../../platform/files/store-file-with-record';
import { AppError } from '../../../platform/http/app-error';
import type { UploadedFile } from '../../../platform/http/route-definition';
import { getMeeting, getMeetingRow } from './get-meeting';
import { listMaterialFiles, updateMeetingRow } from './meetings.repository';

const materialTypes = [...documentMediaTypes, ...photoMediaTypes] as const;

/**
 * A name that is safe in a header and on any file system: the sender's name reduced to plain
 * letters, digits and dashes, with the extension of what the bytes really are.
 */
export function safeMaterialName(uploadedName: string, extension: string): string {
  const stem = uploadedName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'materi-penjajagan'}.${extension}`;
}

/** Attaches (or replaces) the slides, leaflet or proposal shown at the meeting. */
export async function setMeetingMaterial(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  file: UploadedFile | undefined,
  requestId: string,
): Promise<Meeting> {
  const institutionId = principal.institutionId;
  await getMeetingRow(deps.db, institutionId, partnershipId, meetingId);
  if (!file || file.bytes.length === 0) throw new AppError('MEETING_MATERIAL_MISSING');
  const prepared = await prepareUpload(file.bytes, materialTypes);
  const record = {
    institutionId,
    purpose: 'meeting_material',
    originalName: safeMaterialName(file.filename, prepared.extension),
    mediaType: prepared.mediaType,
    createdBy: principal.userId,
  };
  return storeFileWithRecord(deps, prepared.bytes, record, async (trx, fileId, stored) => {
    const now = deps.clock.now();
    const before = await getMeeting(trx, institutionId, partnershipId, meetingId, now);
    const changes = { material_file_id: fileId, updated_at: now.toISOString() };
    if (!(await updateMeetingRow(trx, institutionId, meetingId, before.version, changes)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = await getMeeting(trx, institutionId, partnershipId, meetingId, now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership_meeting.material_set',
        entityType: 'partnership_meeting',
        entityId: meetingId,
        before: { material: before.material },
        after: { material: after.material, sha256: stored.sha256 },
      },
    );
    return after;
  });
}

export async function readMeetingMaterial(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
): Promise<{ bytes: Buffer; mediaType: string; name: string; sha256: string }> {
  const institutionId = principal.institutionId;
  const row = await getMeetingRow(deps.db, institutionId, partnershipId, meetingId);
  const [file] = await listMaterialFiles(
    deps.db,
    institutionId,
    row.material_file_id ? [row.material_file_id] : [],
  );
  if (!file) throw new AppError('FILE_NOT_FOUND');
  return {
    bytes: await deps.files.read(file.storage_key),
    mediaType: file.media_type,
    name: file.original_name,
    sha256: file.sha256,
  };
}
