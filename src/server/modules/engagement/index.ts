/** The engagement module's public entry (guide steps 2–4 and the partnership lifecycle). */
import { interactionRoutes } from './interactions.routes';
import { partnershipRoutes } from './partnerships.routes';

export const engagementModuleRoutes = [...partnershipRoutes, ...interactionRoutes];
export { movePartnerEngagement } from './move-partner-engagement';
