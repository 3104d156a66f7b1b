/** Mitra › Impor: the running or finished job lives in the URL, so a reload or a shared link resumes it. */
export interface PartnerImportSearch {
  job?: string;
}

const jobId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parsePartnerImportSearch(search: Record<string, unknown>): PartnerImportSearch {
  const job = typeof search.job === 'string' ? search.job.trim() : '';
  return { job: jobId.test(job) ? job.toLowerCase() : undefined };
}
