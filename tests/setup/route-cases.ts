import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import { apiPrefix } from '../../src/server/platform/http/register-routes';
import { attachmentUpload } from '../factories/attachments';
import { tinyPng } from '../factories/files';
import { multipart } from '../factories/multipart';
import { contactBody } from '../factories/partners';
import { tinyPdf } from '../factories/photos';

/** The ids one institution's records have; harnesses build each route's request from them. */
export interface RouteFixtures {
  institutionId: string;
  userId: string;
  apiTokenId: string;
  partnerId: string;
  contactId: string;
  /** One of the institution's own partner categories (`custom:…`), used by no partner. */
  categoryCode: string;
  /** One of the institution's own partnership patterns (`custom:…`), used by no partnership. */
  patternCode: string;
  jobId: string;
  partnershipId: string;
  interactionId: string;
  /** A need with a decision on `partnerId`, so deleting it is refused and it stays. */
  needId: string;
  /** A small photo attached to `interactionId`. */
  attachmentId: string;
  /** An exploration meeting of `partnershipId`, held yesterday. */
  meetingId: string;
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
  'PATCH /partnership-patterns/:code': (fx) => ({
    url: `/partnership-patterns/${encodeURIComponent(fx.patternCode)}`,
    payload: { version: 1, description: 'Diubah' },
  }),
  'DELETE /partnership-patterns/:code': (fx) => ({
    url: `/partnership-patterns/${encodeURIComponent(fx.patternCode)}`,
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
  'POST /interactions/:id/follow-up/completion': (fx) => ({
    url: `/interactions/${fx.interactionId}/follow-up/completion`,
    payload: { done: true },
  }),
  'PATCH /interactions/:id': (fx) => ({
    url: `/interactions/${fx.interactionId}`,
    payload: { version: 1, summary: 'Diubah' },
  }),
  'POST /interactions/:id/attachments': (fx) => ({
    url: `/interactions/${fx.interactionId}/attachments`,
    ...attachmentUpload(tinyPng(), 'foto.png', 'image/png'),
  }),
  'GET /interactions/:id/attachments/:attachmentId': (fx) => ({
    url: `/interactions/${fx.interactionId}/attachments/${fx.attachmentId}`,
  }),
  'DELETE /interactions/:id/attachments/:attachmentId': (fx) => ({
    url: `/interactions/${fx.interactionId}/attachments/${fx.attachmentId}`,
  }),
  'GET /needs/:id': (fx) => ({ url: `/needs/${fx.needId}` }),
  'PATCH /needs/:id': (fx) => ({ url: `/needs/${fx.needId}`, payload: { version: 1, notes: 'Diubah' } }),
  // The need has a decision: refused with 409 after the lookup, so no harness cell deletes it.
  'DELETE /needs/:id': (fx) => ({ url: `/needs/${fx.needId}` }),
  'POST /needs/:id/decisions': (fx) => ({
    url: `/needs/${fx.needId}/decisions`,
    payload: { partnerId: fx.partnerId, decision: 'not_now', reason: 'Menunggu tahun ajaran baru' },
  }),
  'GET /partnerships/:id/meetings': (fx) => ({ url: `/partnerships/${fx.partnershipId}/meetings` }),
  'POST /partnerships/:id/meetings': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings`,
    payload: {
      kind: 'presentation',
      title: 'Presentasi program',
      startsAt: '2026-06-01T02:00:00.000Z',
      place: 'Aula LKP',
      agenda: 'Paparan program',
    },
  }),
  'GET /partnerships/:id/meetings/:meetingId': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}`,
  }),
  'PATCH /partnerships/:id/meetings/:meetingId': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}`,
    payload: { version: 1, title: 'Audiensi diubah' },
  }),
  // A stale version: refused with 409 after the lookup, so no harness cell deletes the meeting.
  'DELETE /partnerships/:id/meetings/:meetingId': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}?version=999`,
  }),
  'PUT /partnerships/:id/meetings/:meetingId/material': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}/material`,
    ...multipart([
      { name: 'file', content: tinyPdf(), filename: 'materi.pdf', contentType: 'application/pdf' },
    ]),
  }),
  'GET /partnerships/:id/meetings/:meetingId/material': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}/material`,
  }),
  'GET /partnerships/:id/meetings/:meetingId/invitation': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}/invitation`,
  }),
  'GET /partnerships/:id/meetings/:meetingId/invitation.ics': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/meetings/${fx.meetingId}/invitation.ics`,
  }),
  'GET /partners/:id/relevance': (fx) => ({ url: `/partners/${fx.partnerId}/relevance` }),
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
