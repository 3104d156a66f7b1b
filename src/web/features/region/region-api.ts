import { queryOptions } from '@tanstack/react-query';
import { regionMapSchema, regionReportSchema } from '../../../shared/contracts/reports';
import { regionWithPathSchema } from '../../../shared/contracts/regions';
import { api } from '../../lib/api-client';

export function regionReportQueryOptions(code: string, period: { from?: string; to?: string }) {
  return queryOptions({
    queryKey: ['reports', 'region', code, period.from ?? null, period.to ?? null] as const,
    queryFn: ({ signal }) =>
      api.get('/reports/region', regionReportSchema, { code, from: period.from, to: period.to }, signal),
  });
}

export function regionMapQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['reports', 'region-map', code] as const,
    queryFn: ({ signal }) => api.get('/reports/region/map', regionMapSchema, { code }, signal),
  });
}

/** A region's name (reference data, cached for the visit). */
export function regionNameQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['regions', 'one', code] as const,
    queryFn: ({ signal }) =>
      api.get(`/regions/${encodeURIComponent(code)}`, regionWithPathSchema, undefined, signal),
    staleTime: Infinity,
  });
}
