import { queryOptions } from '@tanstack/react-query';
import { jobAcceptedSchema, jobSchema, type Job } from '../../../shared/contracts/jobs';
import {
  partnerImportPreviewSchema,
  type PartnerImportMapping,
  type PartnerImportPreview,
} from '../../../shared/contracts/partner-import';
import type { PartnerImportMode } from '../../../shared/domain/partner-import-fields';
import { api, buildApiUrl, isApiError } from '../../lib/api-client';

export const importTemplateUrl = buildApiUrl('/partners/import/template');

function importForm(file: File, fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  return form;
}

export function previewImport(file: File): Promise<PartnerImportPreview> {
  return api.upload('/partners/import/preview', partnerImportPreviewSchema, importForm(file, {}));
}

export async function startImport(
  file: File,
  mapping: PartnerImportMapping,
  mode: PartnerImportMode,
): Promise<Job> {
  const form = importForm(file, { mapping: JSON.stringify(mapping), mode });
  return (await api.upload('/partners/import', jobAcceptedSchema, form)).job;
}

const pollMs = 700;

export function isJobActive(job: Job | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

/** Polled while the job is queued or running; a finished job never changes again. */
export function importJobQueryOptions(jobId: string) {
  return queryOptions({
    queryKey: ['jobs', jobId] as const,
    queryFn: ({ signal }) => api.get(`/jobs/${encodeURIComponent(jobId)}`, jobSchema, undefined, signal),
    refetchInterval: (query) => (isJobActive(query.state.data) ? pollMs : false),
    staleTime: (query) => (isJobActive(query.state.data) ? 0 : Infinity),
    // Another user's or a mistyped job answers 404: no point asking again.
    retry: (count, error) => count < 3 && !(isApiError(error) && error.status === 404),
  });
}
