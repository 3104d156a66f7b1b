import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import { apiPrefix } from '../../src/server/platform/http/register-routes';
import { attachmentUpload } from '../factories/attachments';
import { tinyPng } from '../factories/files';
import { problemBody, visitBody } from '../factories/monitoring';
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
  /** The 2026 work plan of `partnershipId`, with one item, sent to the partner for review. */
  workPlanId: string;
  /** The token of the review link issued for `workPlanId`. */
  workPlanReviewToken: string;
  /** An agreement of `partnershipId` awaiting signatures, already signed (drawn) by the institution. */
  signingAgreementId: string;
  /** The institution's signature on `signingAgreementId`. */
  signatureId: string;
  /** The token of the unused partner signing link of `signingAgreementId`. */
  agreementSigningToken: string;
  /** A draft PKS of `partnershipId` with `partnerId`, with one internal comment and a review link. */
  agreementId: string;
  /** The internal comment on `agreementId`. */
  agreementCommentId: string;
  /** The token of the partner review link of `agreementId`. */
  agreementReviewToken: string;
  /** The institution's item of `workPlanId`. */
  workPlanItemId: string;
  /** A done activity of `partnershipId` against `workPlanItemId`, with one photo. */
  activityId: string;
  /** The photo of `activityId`. */
  activityEvidenceId: string;
  /** The token of the partner evidence link of `partnershipId`. */
  activityEvidenceToken: string;
  /** An open problem in the problems log of `partnershipId`. */
  problemId: string;
  /** A monitoring visit of `partnershipId`. */
  monitoringVisitId: string;
  /** The 2026 evaluation of `partnershipId` (items from `workPlanId`), undecided. */
  evaluationId: string;
  /** The token of the unused single-use partner link of `evaluationId`. */
  evaluationPartnerToken: string;
  /** A holiday of the institution's own copy of the current year. */
  holidayId: string;
  /** A product launch of `partnerId`. */
  occasionId: string;
  /** A planned gathering a week ahead, with `partnerId` invited. */
  gatheringId: string;
  gatheringInvitationId: string;
  /** The token of the reusable reply link of `gatheringInvitationId`. */
  gatheringInvitationToken: string;
  /** An unread reminder of the world's admin about `partnerId`. */
  notificationId: string;
  /** An institution message template (a follow-up). */
  messageTemplateId: string;
  /** A WhatsApp message drafted to `contactId`, not yet confirmed. */
  outgoingMessageId: string;
  /** A second contact of `partnerId`, whose consent the harnesses may withdraw. */
  consentContactId: string;
  /** A sent, unanswered feedback request to `contactId` of `partnerId`. */
  feedbackRequestId: string;
  /** The token of the unused single-use link of `feedbackRequestId`. */
  feedbackToken: string;
  /** A value record of `partnerId`. */
  valueRecordId: string;
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
/** A signature form for version 999: the harness reaches the record, and a stale version signs nothing. */
function signatureCase(): { payload: Buffer; headers: Record<string, string> } {
  return multipart([
    { name: 'method', content: 'drawn' },
    { name: 'confirmName', content: 'Penguji Harness' },
    { name: 'confirmPosition', content: 'Pemilik' },
    { name: 'versionNumber', content: '999' },
    { name: 'signature', content: tinyPng(), filename: 'ttd.png', contentType: 'image/png' },
  ]);
}

export const routeCases: Record<string, (fx: RouteFixtures) => RouteRequest> = {
  // The district roll-up needs a code; the role harness's supervisor holds '63'.
  'GET /reports/region': () => ({ url: '/reports/region?code=63' }),
  'GET /reports/region/map': () => ({ url: '/reports/region/map?code=63' }),
  // Occasions and gatherings (relationship care): edits carry a stale version; the reply is valid.
  'PATCH /holidays/:id': (fx) => ({
    url: `/holidays/${fx.holidayId}`,
    payload: { version: 999, name: 'Diubah' },
  }),
  'DELETE /holidays/:id': (fx) => ({ url: `/holidays/${fx.holidayId}?version=999` }),
  'PATCH /occasions/:id': (fx) => ({
    url: `/occasions/${fx.occasionId}`,
    payload: { version: 999, title: 'Diubah' },
  }),
  'DELETE /occasions/:id': (fx) => ({ url: `/occasions/${fx.occasionId}?version=999` }),
  'GET /gatherings/:id': (fx) => ({ url: `/gatherings/${fx.gatheringId}` }),
  'PATCH /gatherings/:id': (fx) => ({
    url: `/gatherings/${fx.gatheringId}`,
    payload: { version: 999, place: 'Diubah' },
  }),
  'POST /gatherings/:id/invitations': (fx) => ({
    url: `/gatherings/${fx.gatheringId}/invitations`,
    payload: { partnerIds: [fx.partnerId] },
  }),
  'PUT /gatherings/:id/attendance': (fx) => ({
    url: `/gatherings/${fx.gatheringId}/attendance`,
    payload: { items: [{ invitationId: fx.gatheringInvitationId, attended: true }] },
  }),
  'GET /public/gathering-invitations/:id/:token': (fx) => ({
    url: `/public/gathering-invitations/${fx.gatheringInvitationId}/${fx.gatheringInvitationToken}`,
  }),
  'POST /public/gathering-invitations/:id/:token': (fx) => ({
    url: `/public/gathering-invitations/${fx.gatheringInvitationId}/${fx.gatheringInvitationToken}`,
    payload: { reply: 'maybe', attendeeCount: 1 },
  }),
  // Monitoring (step 9): edits carry a stale version, so the fixture records stay as they are.
  'GET /partnerships/:id/monitoring': (fx) => ({ url: `/partnerships/${fx.partnershipId}/monitoring` }),
  'POST /partnerships/:id/problems': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/problems`,
    payload: problemBody(),
  }),
  'PATCH /problems/:id': (fx) => ({
    url: `/problems/${fx.problemId}`,
    payload: { version: 999, ownerName: 'Penguji' },
  }),
  'DELETE /problems/:id': (fx) => ({ url: `/problems/${fx.problemId}?version=999` }),
  'POST /partnerships/:id/monitoring-visits': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/monitoring-visits`,
    payload: visitBody(),
  }),
  'GET /monitoring-visits/:id': (fx) => ({ url: `/monitoring-visits/${fx.monitoringVisitId}` }),
  'PATCH /monitoring-visits/:id': (fx) => ({
    url: `/monitoring-visits/${fx.monitoringVisitId}`,
    payload: { version: 999, place: 'Tempat penguji' },
  }),
  'DELETE /monitoring-visits/:id': (fx) => ({
    url: `/monitoring-visits/${fx.monitoringVisitId}?version=999`,
  }),
  'GET /monitoring-visits/:id/berita-acara': (fx) => ({
    url: `/monitoring-visits/${fx.monitoringVisitId}/berita-acara?format=pdf`,
  }),
  'POST /notifications/:id/read': (fx) => ({ url: `/notifications/${fx.notificationId}/read` }),
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
  'GET /institutions/:id/users/export': (fx) => ({
    url: `/institutions/${fx.institutionId}/users/export?format=csv`,
  }),
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
  'POST /partners/:id/contacts/:contactId/consent-withdrawal': (fx) => ({
    url: `/partners/${fx.partnerId}/contacts/${fx.consentContactId}/consent-withdrawal`,
  }),
  // Messages: template edits carry a stale version; a second confirmation is a 409.
  'PATCH /message-templates/:id': (fx) => ({
    url: `/message-templates/${fx.messageTemplateId}`,
    payload: { version: 999, name: 'Diubah penguji' },
  }),
  'DELETE /message-templates/:id': (fx) => ({
    url: `/message-templates/${fx.messageTemplateId}?version=999`,
  }),
  'POST /messages/:id/confirmation': (fx) => ({
    url: `/messages/${fx.outgoingMessageId}/confirmation`,
    payload: { sent: false },
  }),
  'GET /partners/:id/messages': (fx) => ({ url: `/partners/${fx.partnerId}/messages` }),
  'GET /partners/:id/contacts/:contactId/personal-data': (fx) => ({
    url: `/partners/${fx.partnerId}/contacts/${fx.contactId}/personal-data`,
  }),
  // A stale version: refused after the lookup, so no harness cell erases the shared contact.
  'POST /partners/:id/contacts/:contactId/erasure': (fx) => ({
    url: `/partners/${fx.partnerId}/contacts/${fx.contactId}/erasure`,
    payload: { version: 999 },
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
  'GET /partners/:id/care': (fx) => ({ url: `/partners/${fx.partnerId}/care` }),
  'PUT /partners/:id/cadence': (fx) => ({ url: `/partners/${fx.partnerId}/cadence`, payload: { days: 21 } }),
  'GET /partnerships/:id/work-plans': (fx) => ({ url: `/partnerships/${fx.partnershipId}/work-plans` }),
  // The fixture plan is of 2026: the first allowed cell makes the 2031 plan, later ones meet 409.
  'POST /partnerships/:id/work-plans': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/work-plans`,
    payload: { cycleYear: 2031, title: 'Rencana kerja harness', items: [] },
  }),
  'GET /work-plans/:id': (fx) => ({ url: `/work-plans/${fx.workPlanId}` }),
  // A stale version: refused with 409 after the lookup, so the fixture plan keeps its items.
  'PUT /work-plans/:id/items': (fx) => ({
    url: `/work-plans/${fx.workPlanId}/items`,
    payload: { version: 999, items: [] },
  }),
  'PATCH /work-plans/:id': (fx) => ({
    url: `/work-plans/${fx.workPlanId}`,
    payload: { version: 999, title: 'Rencana diubah' },
  }),
  'DELETE /work-plans/:id': (fx) => ({ url: `/work-plans/${fx.workPlanId}?version=999` }),
  'POST /work-plans/:id/review-links': (fx) => ({
    url: `/work-plans/${fx.workPlanId}/review-links`,
    payload: {},
  }),
  'GET /public/work-plans/:id/review/:token': (fx) => ({
    url: `/public/work-plans/${fx.workPlanId}/review/${fx.workPlanReviewToken}`,
  }),
  // Implementation (step 8): edits and deletes carry a stale version, so the fixture activity stays.
  'GET /partnerships/:partnershipId/activities': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/activities`,
  }),
  'POST /partnerships/:partnershipId/activities': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/activities`,
    payload: { title: 'Kegiatan harness', status: 'planned' },
  }),
  'GET /activities/:activityId': (fx) => ({ url: `/activities/${fx.activityId}` }),
  'PATCH /activities/:activityId': (fx) => ({
    url: `/activities/${fx.activityId}`,
    payload: { version: 999, title: 'Judul harness' },
  }),
  'DELETE /activities/:activityId': (fx) => ({ url: `/activities/${fx.activityId}?version=999` }),
  'POST /activities/:activityId/evidence': (fx) => ({
    url: `/activities/${fx.activityId}/evidence`,
    ...multipart([
      { name: 'kind', content: 'photo' },
      { name: 'file', content: tinyPng(), filename: 'foto.png', contentType: 'image/png' },
    ]),
  }),
  'GET /activities/:activityId/evidence/:evidenceId': (fx) => ({
    url: `/activities/${fx.activityId}/evidence/${fx.activityEvidenceId}`,
  }),
  'DELETE /activities/:activityId/evidence/:evidenceId': (fx) => ({
    url: `/activities/${fx.activityId}/evidence/${fx.activityEvidenceId}`,
  }),
  'POST /partnerships/:partnershipId/evidence-link': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/evidence-link`,
    payload: {},
  }),
  'GET /public/partnerships/:id/evidence/:token': (fx) => ({
    url: `/public/partnerships/${fx.partnershipId}/evidence/${fx.activityEvidenceToken}`,
  }),
  // The harness sends A's token with B's (or a missing) partnership: the link opens nothing.
  'POST /public/partnerships/:id/evidence/:token/items/:itemId/evidence': (fx) => ({
    url: `/public/partnerships/${fx.partnershipId}/evidence/${fx.activityEvidenceToken}/items/${fx.workPlanItemId}/evidence`,
    ...multipart([
      { name: 'kind', content: 'photo' },
      { name: 'contributorName', content: 'Penguji Harness' },
      { name: 'file', content: tinyPng(), filename: 'foto.png', contentType: 'image/png' },
    ]),
  }),
  // Signing: a stale version, refused with 409 once the record is found, so nothing is signed.
  'POST /agreements/:id/signatures': (fx) => ({
    url: `/agreements/${fx.signingAgreementId}/signatures`,
    ...signatureCase(),
  }),
  'POST /agreements/:id/signing-links': (fx) => ({
    url: `/agreements/${fx.signingAgreementId}/signing-links`,
    payload: {},
  }),
  'GET /agreements/:id/verification': (fx) => ({ url: `/agreements/${fx.signingAgreementId}/verification` }),
  'POST /agreements/:id/verification': (fx) => ({
    url: `/agreements/${fx.signingAgreementId}/verification`,
    payload: tinyPdf(),
    headers: { 'content-type': 'application/pdf' },
  }),
  'GET /agreements/:id/signatures/:signatureId/file': (fx) => ({
    url: `/agreements/${fx.signingAgreementId}/signatures/${fx.signatureId}/file`,
  }),
  'POST /agreements/:id/meterai-notes': (fx) => ({
    url: `/agreements/${fx.signingAgreementId}/meterai-notes`,
    payload: { copyHolder: 'institution', kind: 'physical' },
  }),
  'GET /public/agreements/:id/signing/:token': (fx) => ({
    url: `/public/agreements/${fx.signingAgreementId}/signing/${fx.agreementSigningToken}`,
  }),
  'GET /public/agreements/:id/signing/:token/document': (fx) => ({
    url: `/public/agreements/${fx.signingAgreementId}/signing/${fx.agreementSigningToken}/document?format=pdf`,
  }),
  'POST /public/agreements/:id/signing/:token': (fx) => ({
    url: `/public/agreements/${fx.signingAgreementId}/signing/${fx.agreementSigningToken}`,
    ...signatureCase(),
  }),
  // Agreements (CORE). Writes carry a stale version or are refused by state after the lookup, so
  // the fixture draft stays a draft for every cell.
  'GET /agreements/:id': (fx) => ({ url: `/agreements/${fx.agreementId}` }),
  'PATCH /agreements/:id': (fx) => ({
    url: `/agreements/${fx.agreementId}`,
    payload: { version: 999, subject: 'Kerja sama diubah' },
  }),
  'DELETE /agreements/:id': (fx) => ({ url: `/agreements/${fx.agreementId}?version=999` }),
  'GET /agreements/:id/versions': (fx) => ({ url: `/agreements/${fx.agreementId}/versions` }),
  'GET /agreements/:id/versions/compare': (fx) => ({
    url: `/agreements/${fx.agreementId}/versions/compare?from=1&to=1`,
  }),
  'GET /agreements/:id/document': (fx) => ({ url: `/agreements/${fx.agreementId}/document?format=docx` }),
  'POST /agreements/:id/review-requests': (fx) => ({ url: `/agreements/${fx.agreementId}/review-requests` }),
  'POST /agreements/:id/internal-approval': (fx) => ({
    url: `/agreements/${fx.agreementId}/internal-approval`,
  }),
  // The signed fixture is past drafting: refused with 409 after the lookup, so no number is taken.
  'POST /agreements/:id/signing-requests': (fx) => ({
    url: `/agreements/${fx.signingAgreementId}/signing-requests`,
  }),
  'GET /agreements/:id/comments': (fx) => ({ url: `/agreements/${fx.agreementId}/comments` }),
  'POST /agreements/:id/comments': (fx) => ({
    url: `/agreements/${fx.agreementId}/comments`,
    payload: { body: 'Catatan harness' },
  }),
  'PATCH /agreements/:id/comments/:commentId': (fx) => ({
    url: `/agreements/${fx.agreementId}/comments/${fx.agreementCommentId}`,
    payload: { resolved: true },
  }),
  'POST /agreements/:id/review-links': (fx) => ({
    url: `/agreements/${fx.agreementId}/review-links`,
    payload: {},
  }),
  // Only agreements in force are renewed or amended: the draft answers 409 after the lookup.
  'POST /agreements/:id/extensions': (fx) => ({
    url: `/agreements/${fx.agreementId}/extensions`,
    payload: { mode: 'unchanged', startsOn: '2027-04-01', endsOn: '2028-03-31' },
  }),
  'POST /agreements/:id/addenda': (fx) => ({
    url: `/agreements/${fx.agreementId}/addenda`,
    payload: { changes: ['Pasal 5 diubah.'] },
  }),
  'POST /agreements/:id/termination': (fx) => ({
    url: `/agreements/${fx.agreementId}/termination`,
    payload: { reason: 'Uji harness', version: 999 },
  }),
  'POST /agreements/:id/berita-acara': (fx) => ({
    url: `/agreements/${fx.agreementId}/berita-acara`,
    payload: {
      kind: 'monitoring_visit',
      format: 'docx',
      heldOn: '2026-05-04',
      place: 'Banjarbaru',
      points: ['Kegiatan berjalan sesuai rencana.'],
    },
  }),
  'GET /partnerships/:id/agreements': (fx) => ({ url: `/partnerships/${fx.partnershipId}/agreements` }),
  // The clause library is keyed by article, the same keys for everyone: the caller's own library
  // is read; writes name an article that does not exist and are refused before anything is saved.
  'GET /clause-templates/:key/versions': () => ({
    url: '/clause-templates/closing/versions?kind=pks',
    sharedReference: true,
  }),
  'PUT /clause-templates/:key': () => ({
    url: '/clause-templates/pasal-tidak-ada',
    payload: { agreementKind: 'pks', body: 'Teks harness.' },
  }),
  'DELETE /clause-templates/:key': () => ({ url: '/clause-templates/pasal-tidak-ada?kind=pks' }),
  'GET /public/agreements/:id/review/:token': (fx) => ({
    url: `/public/agreements/${fx.agreementId}/review/${fx.agreementReviewToken}`,
  }),
  'GET /public/agreements/:id/review/:token/document': (fx) => ({
    url: `/public/agreements/${fx.agreementId}/review/${fx.agreementReviewToken}/document?format=docx`,
  }),
  'POST /public/agreements/:id/review/:token/comments': (fx) => ({
    url: `/public/agreements/${fx.agreementId}/review/${fx.agreementReviewToken}/comments`,
    payload: { authorName: 'Penguji Harness', body: 'Komentar harness' },
  }),
  // A stale version: refused with 409 after the link opens, so nothing is approved.
  'POST /public/agreements/:id/review/:token/approval': (fx) => ({
    url: `/public/agreements/${fx.agreementId}/review/${fx.agreementReviewToken}/approval`,
    payload: { name: 'Penguji Harness', position: 'Pemilik', versionNumber: 999 },
  }),
  // Evaluations (steps 9–11): writes carry a stale version or are refused by state (no decision
  // yet) after the lookup, so the fixture evaluation stays as it is for every cell.
  'GET /partnerships/:id/evaluations': (fx) => ({ url: `/partnerships/${fx.partnershipId}/evaluations` }),
  'POST /partnerships/:id/evaluations': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/evaluations`,
    payload: { cycleYear: 2031 },
  }),
  'GET /evaluations/:id': (fx) => ({ url: `/evaluations/${fx.evaluationId}` }),
  'PATCH /evaluations/:id': (fx) => ({
    url: `/evaluations/${fx.evaluationId}`,
    payload: { version: 999, goalsSummary: 'Ringkasan harness' },
  }),
  'PUT /evaluations/:id/improvements': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/improvements`,
    payload: { version: 999, improvements: [] },
  }),
  'PUT /evaluations/:id/follow-up-rows': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/follow-up-rows`,
    payload: { version: 999, rows: [] },
  }),
  'GET /evaluations/:id/follow-up-plan': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/follow-up-plan?format=xlsx`,
  }),
  'POST /evaluations/:id/partner-link': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/partner-link`,
    payload: {},
  }),
  'POST /evaluations/:id/decision': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/decision`,
    payload: { version: 999, decision: 'continue', reason: 'Alasan harness' },
  }),
  'POST /evaluations/:id/next-work-plan': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/next-work-plan`,
    payload: {},
  }),
  'POST /evaluations/:id/agreement-follow-up': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/agreement-follow-up`,
    payload: {},
  }),
  'GET /public/evaluations/:id/partner-part/:token': (fx) => ({
    url: `/public/evaluations/${fx.evaluationId}/partner-part/${fx.evaluationPartnerToken}`,
  }),
  // The harness sends A's token with B's (or a missing) id: the link opens nothing and is not spent.
  'POST /public/evaluations/:id/partner-part/:token': (fx) => ({
    url: `/public/evaluations/${fx.evaluationId}/partner-part/${fx.evaluationPartnerToken}`,
    payload: {
      respondentName: 'Penguji Harness',
      respondentPosition: 'Pemilik',
      satisfaction: 4,
      goalsSummary: 'Ringkasan harness',
    },
  }),
  // Monev report and evidence pack (steps 9–11): downloads, nothing written.
  'GET /evaluations/:evaluationId/report': (fx) => ({
    url: `/evaluations/${fx.evaluationId}/report?format=pdf`,
  }),
  'GET /partnerships/:partnershipId/evidence-pack': (fx) => ({
    url: `/partnerships/${fx.partnershipId}/evidence-pack`,
  }),
  // A stale version: refused with 409 after the link opens, so the plan's status stays.
  'POST /public/work-plans/:id/review/:token': (fx) => ({
    url: `/public/work-plans/${fx.workPlanId}/review/${fx.workPlanReviewToken}`,
    payload: {
      decision: 'approved',
      reviewerName: 'Penguji Harness',
      reviewerPosition: 'Pemilik',
      planVersion: 999,
    },
  }),
  // Feedback and the value log (technique 2, 4, 6): writes carry a stale version, so the fixture's
  // request stays sent and its record unchanged for every cell; a new request is harmless.
  'POST /partners/:id/feedback-requests': (fx) => ({
    url: `/partners/${fx.partnerId}/feedback-requests`,
    payload: { contactId: fx.contactId },
  }),
  'GET /partners/:id/feedback': (fx) => ({ url: `/partners/${fx.partnerId}/feedback` }),
  'POST /feedback-requests/:id/cancellation': (fx) => ({
    url: `/feedback-requests/${fx.feedbackRequestId}/cancellation`,
    payload: { version: 999 },
  }),
  'GET /public/feedback-requests/:id/answer/:token': (fx) => ({
    url: `/public/feedback-requests/${fx.feedbackRequestId}/answer/${fx.feedbackToken}`,
  }),
  // The harness sends A's token with B's (or a missing) id: the link opens nothing and is not spent.
  'POST /public/feedback-requests/:id/answer/:token': (fx) => ({
    url: `/public/feedback-requests/${fx.feedbackRequestId}/answer/${fx.feedbackToken}`,
    payload: { satisfaction: 4, recommend: 8 },
  }),
  'GET /partners/:id/value-records': (fx) => ({ url: `/partners/${fx.partnerId}/value-records` }),
  'POST /partners/:id/value-records': (fx) => ({
    url: `/partners/${fx.partnerId}/value-records`,
    payload: { kind: 'unique_value', category: 'fact', title: 'Data harness', givenOn: '2026-01-05' },
  }),
  'PATCH /partners/:id/value-records/:recordId': (fx) => ({
    url: `/partners/${fx.partnerId}/value-records/${fx.valueRecordId}`,
    payload: { version: 999, title: 'Judul harness' },
  }),
  'DELETE /partners/:id/value-records/:recordId': (fx) => ({
    url: `/partners/${fx.partnerId}/value-records/${fx.valueRecordId}?version=999`,
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
