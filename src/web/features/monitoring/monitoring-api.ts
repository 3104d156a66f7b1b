import { queryOptions } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  deviationListSchema,
  monitoringVisitSchema,
  partnershipMonitoringSchema,
  problemSchema,
  type CreateMonitoringVisitRequest,
  type CreateProblemRequest,
  type UpdateMonitoringVisitRequest,
  type UpdateProblemRequest,
} from '../../../shared/contracts/monitoring';
import type { DeviationSeverity } from '../../../shared/domain/monitoring-vocabulary';
import { api, apiRequest, buildApiUrl } from '../../lib/api-client';

const enc = encodeURIComponent;

/** Under the partnerships key, so activity and plan changes refresh the deviations too. */
export const deviationsQueryKeyPrefix = ['partnerships', 'deviations'] as const;

export const monitoringQueryKey = (partnershipId: string) =>
  ['partnerships', 'monitoring', partnershipId] as const;

export function monitoringQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: monitoringQueryKey(partnershipId),
    queryFn: ({ signal }) =>
      api.get(
        `/partnerships/${enc(partnershipId)}/monitoring`,
        partnershipMonitoringSchema,
        undefined,
        signal,
      ),
  });
}

export function deviationsQueryOptions(severity: DeviationSeverity | undefined) {
  return queryOptions({
    queryKey: [...deviationsQueryKeyPrefix, severity ?? 'all'] as const,
    queryFn: ({ signal }) => api.get('/monitoring/deviations', deviationListSchema, { severity }, signal),
  });
}

export function createProblem(partnershipId: string, body: CreateProblemRequest) {
  return api.post(`/partnerships/${enc(partnershipId)}/problems`, problemSchema, body);
}

export function updateProblem(problemId: string, body: UpdateProblemRequest) {
  return api.patch(`/problems/${enc(problemId)}`, problemSchema, body);
}

export function deleteProblem(problemId: string, version: number) {
  return apiRequest('DELETE', `/problems/${enc(problemId)}`, okResponseSchema, { query: { version } });
}

export function createVisit(partnershipId: string, body: CreateMonitoringVisitRequest) {
  return api.post(`/partnerships/${enc(partnershipId)}/monitoring-visits`, monitoringVisitSchema, body);
}

export function updateVisit(visitId: string, body: UpdateMonitoringVisitRequest) {
  return api.patch(`/monitoring-visits/${enc(visitId)}`, monitoringVisitSchema, body);
}

export function deleteVisit(visitId: string, version: number) {
  return apiRequest('DELETE', `/monitoring-visits/${enc(visitId)}`, okResponseSchema, { query: { version } });
}

/** A plain link: the browser downloads the file with the session cookie. */
export function visitBeritaAcaraUrl(visitId: string, format: 'pdf' | 'docx'): string {
  return buildApiUrl(`/monitoring-visits/${enc(visitId)}/berita-acara`, { format });
}
