/** The partners module's public entry (guide step 1): registry, contacts, categories, search, merges. */
import { contactRoutes } from './contacts.routes';
import { partnerImportJob } from './import/run-partner-import';
import { partnerImportRoutes } from './import/partner-import.routes';
import { partnerCategoryRoutes } from './partner-categories.routes';
import { partnerMergeRoutes } from './partner-merges.routes';
import { partnerRoutes } from './partners.routes';
import { contactPersonalDataRoutes } from './personal-data/contact-personal-data.routes';

export const partnersModuleRoutes = [
  ...partnerRoutes,
  ...partnerImportRoutes,
  ...partnerMergeRoutes,
  ...contactRoutes,
  ...contactPersonalDataRoutes,
  ...partnerCategoryRoutes,
];
export { createDemoPartners } from './create-demo-partners';
export { createDemoDistrictPartners } from './create-demo-district-partners';
export { toNameKey } from './partner-mappers';
export const partnerJobHandlers = [partnerImportJob];
export { compactAfterErasure } from './personal-data/compact-after-erasure';
