import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import { apiPrefix } from '../../src/server/platform/http/register-routes';
import { tinyPng } from '../factories/files';
import { contactBody } from '../factories/partners';

/** The ids one institution's records have; harnesses build each route's request from them. */
export interface RouteFixtures {
  institutionId: string;
  userId: string;
  apiTokenId: string;
  partnerId: string;
  contactId: string;
  /** One of the institution's own partner categories (`custom:…`), used by no partner. */
  categoryCode: string;
  jobId: string;
  partnershipId: string;
  interactionId: string;
}

export interface RouteRequest {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /**
   * Server-level reference data (regions): the same record for every institution, so the isolation
   * harness expects the same answer for both, not a 404.
   */
  sharedReference?: true;
}

export function routeKey(route: Pick<AnyRoute, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/**
 * A valid request for every route that addresses a record by id. The tenant-isolation and role
 * harnesses walk the server's route table and fail for any such route missing here, so a new
 * route cannot ship without its isolation case.
 */
export const routeCases: Record<string, (fx: RouteFixtures) => RouteRequest> = {
  'GET /institutions/:id': (fx) => ({ url: `/institutions/${fx.institutionId}` }),
  'PATCH /institutions/:id': (fx) => ({
    url: `/institutions/${fx.institutionId}`,
    payload: { version: 1, address: 'Jl. Diubah' },
  }),
  'PUT /institutions/:id/logo': (fx) => ({
    url: `/institutions/${fx.institutionId}/logo`,
    payload: tinyPng(),
    headers: { 'content-type': 'image/png' },
  }),
  'DELETE /institutions/:id/logo': (fx) => ({ url: `/institutions/${fx.institutionId}/logo` }),
  'GET /institutions/:id/logo': (fx) => ({ url: `/institutions/${fx.institutionId}/logo` }),
  'GET /institutions/:id/users': (fx) => ({ url: `/institutions/${fx.institutionId}/users` }),
  'POST /institutions/:id/users': (fx) => ({
    url: `/institutions/${fx.institutionId}/users`,
    payload: { name: 'Penyusup', email: `penyusup.${Date.now()}.${Math.random()}@contoh.id`, role: 'viewer' },
  }),
  'PATCH /institutions/:id/users/:userId': (fx) => ({
    url: `/institutions/${fx.institutionId}/users/${fx.userId}`,
    payload: { version: 1, name: 'Nama Diubah' },
  }),
  'POST /institutions/:id/users/:userId/password-link': (fx) => ({
    url: `/institutions/${fx.institutionId}/users/${fx.userId}/password-link`,
  }),
  'DELETE /api-tokens/:id': (fx) => ({ url: `/api-tokens/${fx.apiTokenId}` }),
  'GET /partners/:id': (fx) => ({ url: `/partners/${fx.partnerId}` }),
  'PATCH /partners/:id': (fx) => ({
    url: `/partners/${fx.partnerId}`,
    payload: { version: 1, sector: 'Diubah' },
  }),
  'POST /partners/:id/contacts': (fx) => ({
    url: `/partners/${fx.partnerId}/contacts`,
    payload: contactBody(),
  }),
  'PATCH /partners/:id/contacts/:contactId': (fx) => ({
    url: `/partners/${fx.partnerId}/contacts/${fx.contactId}`,
    payload: { version: 1, position: 'Diubah' },
  }),
  'DELETE /partners/:id/contacts/:contactId': (fx) => ({
    url: `/partners/${fx.partnerId}/contacts/${fx.contactId}`,
  }),
  'GET /regions/:code': () => ({ url: '/regions/63.72', sharedReference: true }),
  'GET /partners/:id/duplicate-candidates': (fx) => ({
    url: `/partners/${fx.partnerId}/duplicate-candidates`,
  }),
  // Merging the partner with itself: refused after the lookup, so no harness cell destroys it.
  'POST /partners/:id/merge': (fx) => ({
    url: `/partners/${fx.partnerId}/merge`,
    payload: { duplicateId: fx.partnerId, version: 1, duplicateVersion: 1 },
  }),
  'PATCH /partner-categories/:code': (fx) => ({
    url: `/partner-categories/${encodeURIComponent(fx.categoryCode)}`,
    payload: { name: `Diubah ${fx.categoryCode.slice(-6)}` },
  }),
  'DELETE /partner-categories/:code': (fx) => ({
    url: `/partner-categories/${encodeURIComponent(fx.categoryCode)}`,
  }),
  'GET /jobs/:id': (fx) => ({ url: `/jobs/${fx.jobId}` }),
  'GET /jobs/:id/result': (fx) => ({ url: `/jobs/${fx.jobId}/result` }),
  'GET /partnerships/:id': (fx) => ({ url: `/partnerships/${fx.partnershipId}` }),
  'PATCH /partnerships/:id': (fx) => ({
    url: `/partnerships/${fx.partnershipId}`,
    payload: { version: 1, programme: 'Diubah' },
  }),
  // A move the table does not allow from `mapping`: refused after the lookup, so the stage stays.
  'POST /partnerships/:id/transitions': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/transitions`,
    payload: { to: 'signing' },
  }),
  'GET /partnerships/:id/history': (fx) => ({ url: `/partnerships/${fx.partnershipId}/history` }),
  'GET /interactions/:id': (fx) => ({ url: `/interactions/${fx.interactionId}` }),
  'PATCH /interactions/:id': (fx) => ({
    url: `/interactions/${fx.interactionId}`,
    payload: { version: 1, summary: 'Diubah' },
  }),
};

/** A request for any route: its case when it has one, else its bare path. */
export function requestFor(route: AnyRoute, fx: RouteFixtures): RouteRequest {
  const build = routeCases[routeKey(route)];
  if (build) return build(fx);
  return { url: route.path };
}

export function fullUrl(path: string): string {
  return `${apiPrefix}${path}`;
}
