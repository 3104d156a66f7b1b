import { queryOptions } from '@tanstack/react-query';
import { jobAcceptedSchema, jobSchema, type Job } from '../../../shared/contracts/jobs';
import type { AnnualReportResult } from '../../../shared/contracts/reports';
import type { annualReportFormats } from '../../../shared/contracts/reports';
import { api, isApiError } from '../../lib/api-client';

export type AnnualReportFormat = (typeof annualReportFormats)[number];
export type AnnualReportJob = Job<AnnualReportResult>;

export async function startAnnualReport(year: number, format: AnnualReportFormat): Promise<AnnualReportJob> {
  const { job } = await api.post('/reports/annual-report', jobAcceptedSchema, { year, format });
  return job as AnnualReportJob;
}

export function isReportJobActive(job: AnnualReportJob | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

const pollMs = 700;

/** Polled while the report is being made; a finished job never changes again. */
export function annualReportJobQueryOptions(jobId: string) {
  return queryOptions({
    queryKey: ['jobs', jobId] as const,
    queryFn: async ({ signal }) =>
      (await api.get(`/jobs/${encodeURIComponent(jobId)}`, jobSchema, undefined, signal)) as AnnualReportJob,
    refetchInterval: (query) => (isReportJobActive(query.state.data) ? pollMs : false),
    // The job answered by the POST is shown at once and asked again one poll later.
    staleTime: (query) => (isReportJobActive(query.state.data) ? pollMs : Infinity),
    retry: (count, error) => count < 3 && !(isApiError(error) && error.status === 404),
  });
}
