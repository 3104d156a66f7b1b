/** The reports module's public entry: the institution dashboard, the district roll-up, the annual report. */
import { annualReportRoutes } from './annual-report.routes';
import { dashboardRoutes } from './dashboard.routes';
import { regionReportRoutes } from './region-report.routes';

export const reportsModuleRoutes = [...dashboardRoutes, ...regionReportRoutes, ...annualReportRoutes];
