import { dashboardQuerySchema, dashboardSchema } from '../../../shared/contracts/reports';
import { defineRoute } from '../../platform/http/route-definition';
import { getDashboard } from './get-dashboard';

export const dashboardRoutes = [
  defineRoute({
    method: 'GET',
    path: '/reports/dashboard',
    summary:
      'The institution dashboard for a period of local months: every figure equals the count of the list it links to (docs/domain/dashboard.md)',
    tag: 'Reports',
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: dashboardQuerySchema,
    response: dashboardSchema,
    handler: ({ deps, principal, query }) => getDashboard(deps, principal, query),
  }),
];
