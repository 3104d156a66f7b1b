/** The partners module's public entry (guide step 1): registry, contacts, categories, search. */
import { contactRoutes } from './contacts.routes';
import { partnerCategoryRoutes } from './partner-categories.routes';
import { partnerRoutes } from './partners.routes';

export const partnersModuleRoutes = [...partnerRoutes, ...contactRoutes, ...partnerCategoryRoutes];
export { createDemoPartners } from './create-demo-partners';
