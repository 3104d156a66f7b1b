import type { z } from 'zod';
import type { Job } from '../../../../shared/contracts/jobs';
import type { partnerImportFieldsSchema } from '../../../../shared/contracts/partner-import';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { AppError } from '../../../platform/http/app-error';
import type { UploadedFile } from '../../../platform/http/route-definition';
import { startJob, toJob } from '../../jobs/index';
import type { PartnerImportJobInput } from './partner-import-job-input';
import { inspectImportFile } from './inspect-import-file';

type ImportFields = z.output<typeof partnerImportFieldsSchema>;

/** Checks the file and the mapping now (a coded 4xx, nothing stored), then queues the import job. */
export async function startPartnerImport(
  deps: AppDeps,
  principal: Principal,
  file: UploadedFile | undefined,
  fields: ImportFields,
  requestId: string,
): Promise<{ job: Job }> {
  if (!file) throw new AppError('IMPORT_FILE_MISSING');
  const preview = await inspectImportFile(file.bytes, fields.mapping);
  if (preview.missingRequired.length > 0) {
    throw new AppError('IMPORT_MAPPING_INCOMPLETE', { missing: preview.missingRequired });
  }
  const stored = await deps.files.put(file.bytes);
  const input: PartnerImportJobInput = {
    fileKey: stored.storageKey,
    filename: file.filename.slice(0, 200),
    sha256: stored.sha256,
    mapping: fields.mapping ?? {},
    mode: fields.mode ?? 'skip_duplicates',
    userName: principal.userName,
  };
  return { job: toJob(await startJob(deps, principal, 'partners.import', input, requestId)) };
}
