/** The institutions module's public entry: tenants, users, roles, sessions and API tokens. */
import { apiTokenRoutes } from './api-tokens.routes';
import { authRoutes } from './auth.routes';
import { institutionRoutes } from './institutions.routes';
import { setupRoutes } from './setup.routes';
import { userRoutes } from './users.routes';

export const institutionsModuleRoutes = [
  ...authRoutes,
  ...setupRoutes,
  ...institutionRoutes,
  ...userRoutes,
  ...apiTokenRoutes,
];
export { authenticateRequest } from './authenticate-request';
export { createInstitutionWithAdmin, issueSetupToken, needsSetup } from './set-up-first-institution';
export { canReadInstitution, readableInstitutionScope } from './institution-access';
export { createUser } from './manage-users';
export { createDemoInstitution, demoInstitutionName } from './create-demo-institution';
export { createDemoDistrict, demoSupervisorEmail } from './create-demo-district';
export { findInstitutionTimeZone } from './find-institution-time-zone';
export { findInstitutionName } from './find-institution-name';
export { findDocumentLocale } from './find-document-locale';
export { publicBaseUrl } from './issue-password-link';
export { isAssignableFacilitator } from './is-assignable-facilitator';
export { findPrincipalByEmail } from './find-principal-by-email';
