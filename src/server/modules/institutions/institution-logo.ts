import type { Institution } from '../../../shared/contracts/institutions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { sniffMediaType } from '../../platform/files/sniff-media-type';
import { AppError } from '../../platform/http/app-error';
import { findFileRow } from '../../platform/files/files.repository';
import { storeFileWithRecord } from '../../platform/files/store-file-with-record';
import { getReadableInstitution, getWritableInstitution } from './institution-access';
import { toInstitution } from './institution-mappers';
import { findInstitutionRow, updateInstitutionRow } from './institutions.repository';

export const logoMediaTypes = ['image/png', 'image/jpeg'];
export const logoMaxBytes = 1024 * 1024;

/** The logo is checked by its bytes, not its name or declared type, and stored under a new name. */
export async function setInstitutionLogo(
  deps: AppDeps,
  principal: Principal,
  id: string,
  bytes: Buffer,
  requestId: string,
): Promise<Institution> {
  const mediaType = sniffMediaType(bytes);
  if (!mediaType || !logoMediaTypes.includes(mediaType)) throw new AppError('FILE_TYPE_NOT_ALLOWED');
  await getWritableInstitution(deps.db, principal, id);
  const record = {
    institutionId: id,
    purpose: 'institution_logo',
    originalName: `logo.${mediaType === 'image/png' ? 'png' : 'jpg'}`,
    mediaType,
    createdBy: principal.userId,
  };
  return storeFileWithRecord(deps, bytes, record, async (trx, fileId, stored) => {
    const before = await getWritableInstitution(trx, principal, id);
    const now = deps.clock.now().toISOString();
    if (!(await updateInstitutionRow(trx, id, before.version, { logo_file_id: fileId, updated_at: now }))) {
      throw new AppError('VERSION_CONFLICT');
    }
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: id,
        action: 'institution.logo_set',
        entityType: 'institution',
        entityId: id,
        before: { logoFileId: before.logo_file_id },
        after: { logoFileId: fileId, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
      },
    );
    return toInstitution((await findInstitutionRow(trx, id))!);
  });
}

export async function removeInstitutionLogo(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<Institution> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await getWritableInstitution(trx, principal, id);
    if (!before.logo_file_id) return toInstitution(before);
    const now = deps.clock.now().toISOString();
    if (!(await updateInstitutionRow(trx, id, before.version, { logo_file_id: null, updated_at: now }))) {
      throw new AppError('VERSION_CONFLICT');
    }
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: id,
        action: 'institution.logo_removed',
        entityType: 'institution',
        entityId: id,
        before: { logoFileId: before.logo_file_id },
      },
    );
    return toInstitution((await findInstitutionRow(trx, id))!);
  });
}

export async function readInstitutionLogo(
  deps: AppDeps,
  principal: Principal,
  id: string,
): Promise<{ bytes: Buffer; mediaType: string; sha256: string }> {
  const institution = await getReadableInstitution(deps.db, principal, id);
  const file = institution.logo_file_id
    ? await findFileRow(deps.db, id, institution.logo_file_id)
    : undefined;
  if (!file) throw new AppError('FILE_NOT_FOUND');
  return { bytes: await deps.files.read(file.storage_key), mediaType: file.media_type, sha256: file.sha256 };
}
