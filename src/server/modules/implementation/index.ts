/** The implementation module's public entry (guide step 8: activities against the plan and their evidence). */
import { activityEvidenceRoutes } from './activity-evidence.routes';
import { activityRoutes } from './activities.routes';
import { evidenceLinkRoutes } from './evidence-link.routes';

export const implementationModuleRoutes = [
  ...activityRoutes,
  ...activityEvidenceRoutes,
  ...evidenceLinkRoutes,
];
export { countActivitiesOfPartnership } from './count-activities';
export { createDemoActivities } from './create-demo-activities';
