/** The reports module's public entry: the institution dashboard, the district roll-up, the annual report. */
import { annualReportRoutes } from './annual-report.routes';
import { dashboardRoutes } from './dashboard.routes';
import { regionReportRoutes } from './region-report.routes';

export const reportsModuleRoutes = [...dashboardRoutes, ...regionReportRoutes, ...annualReportRoutes];
export { getDashboard } from './get-dashboard';
export { annualReportJob } from './annual-report/run-annual-report';
export { resolvePeriod } from './resolve-period';
export { readInstitutionRollups, type InstitutionRollupFigures } from './read-institution-rollups';
export {
  refreshInstitutionRollup,
  refreshStaleRollups,
  sweepStaleRollups,
  startRollupRefresher,
  isRollupStale,
  rollupRefreshTask,
} from './refresh-rollups';
