/** The gatherings module's public entry (technique 2: temu mitra with invitations, replies, attendance). */
import { gatheringsRoutes } from './gatherings.routes';

export const gatheringsModuleRoutes = gatheringsRoutes;
export { createDemoGathering } from './create-demo-gathering';
