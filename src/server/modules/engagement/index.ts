/** The engagement module's public entry (guide steps 2–4 and the partnership lifecycle). */
import { interactionAttachmentRoutes } from './interaction-attachments.routes';
import { followUpRoutes } from './follow-ups.routes';
import { interactionRoutes } from './interactions.routes';
import { partnershipPatternRoutes } from './partnership-patterns.routes';
import { partnershipRoutes } from './partnerships.routes';
import { meetingRoutes } from './meetings/meetings.routes';

export const engagementModuleRoutes = [
  ...partnershipRoutes,
  ...meetingRoutes,
  ...partnershipPatternRoutes,
  ...interactionRoutes,
  ...followUpRoutes,
  ...interactionAttachmentRoutes,
];
export { movePartnerEngagement } from './move-partner-engagement';
export { createPartnershipWithin } from './create-partnership';
export { movePartnershipStageWithin } from './move-partnership-stage';
export { createDemoPipeline } from './create-demo-pipeline';
export { createInteractionWithin, type CreateInteractionInput } from './create-interaction';
export { registerPartnershipFactSource, type PartnershipFactSource } from './partnership-fact-sources';
