import {
  regionMapQuerySchema,
  regionMapSchema,
  regionReportQuerySchema,
  regionReportSchema,
} from '../../../shared/contracts/reports';
import { defineRoute, type AnyRoute } from '../../platform/http/route-definition';
import { getRegionMap } from './get-region-map';
import { getRegionReport } from './get-region-report';

const tag = 'Reports';

export const regionReportRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: '/reports/region',
    summary:
      'District roll-up: the institutions within a supervised region code with their stored figures, and totals',
    tag,
    access: { kind: 'authenticated', permission: 'reports.region' },
    query: regionReportQuerySchema,
    response: regionReportSchema,
    handler: ({ deps, principal, query }) => getRegionReport(deps, principal, query),
  }),
  defineRoute({
    method: 'GET',
    path: '/reports/region/map',
    summary: "The region's located institutions and their partners' points (at most 5,000, `truncated`)",
    tag,
    access: { kind: 'authenticated', permission: 'reports.region' },
    query: regionMapQuerySchema,
    response: regionMapSchema,
    handler: ({ deps, principal, query }) => getRegionMap(deps, principal, query.code),
  }),
];
