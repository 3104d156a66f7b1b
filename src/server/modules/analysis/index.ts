/** The analysis module's public entry (guide step 3: needs, relevance ranking and decisions). */
import { needRoutes } from './needs.routes';

export const analysisModuleRoutes = [...needRoutes];
export { movePartnerDecisions } from './move-partner-decisions';
export { createDemoNeeds } from './create-demo-needs';
