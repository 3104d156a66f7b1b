/** The monitoring module's public entry (guide step 9: deviations, the problems log, monitoring visits). */
import { monitoringVisitRoutes } from './monitoring-visits.routes';
import { monitoringRoutes } from './monitoring.routes';

export const monitoringModuleRoutes = [...monitoringRoutes, ...monitoringVisitRoutes];
export { createDemoMonitoring } from './create-demo-monitoring';
export { getPartnershipMonitoring } from './get-partnership-monitoring';
export { listDeviations, monitoredStages } from './list-deviations';
