import { queryOptions } from '@tanstack/react-query';
import { dashboardSchema } from '../../../shared/contracts/reports';
import { api } from '../../lib/api-client';
import type { DashboardSearch } from './dashboard-period';

export function dashboardQueryOptions(search: DashboardSearch) {
  return queryOptions({
    queryKey: ['reports', 'dashboard', search.from ?? null, search.to ?? null],
    queryFn: ({ signal }) =>
      api.get('/reports/dashboard', dashboardSchema, { from: search.from, to: search.to }, signal),
    // Figures move when anyone in the institution writes; a minute-old view is still honest.
    staleTime: 30_000,
  });
}
