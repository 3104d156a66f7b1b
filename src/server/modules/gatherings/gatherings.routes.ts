import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  attendanceRequestSchema,
  createGatheringRequestSchema,
  gatheringListSchema,
  gatheringSchema,
  invitationReplyRequestSchema,
  inviteRequestSchema,
  inviteResponseSchema,
  publicInvitationParamsSchema,
  publicInvitationSchema,
  updateGatheringRequestSchema,
} from '../../../shared/contracts/gatherings';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportGatherings, exportGatheringsQuerySchema } from './export-gatherings';
import { defineRoute } from '../../platform/http/route-definition';
import { publicBaseUrl } from '../institutions/index';
import { createGathering } from './create-gathering';
import { getGathering, listGatherings } from './get-gathering';
import { invitePartners } from './invite-partners';
import { markAttendance } from './mark-attendance';
import { readPublicInvitation } from './read-public-invitation';
import { replyToInvitation } from './reply-to-invitation';
import { updateGathering } from './update-gathering';

const tag = 'Relationship care (temu mitra)';
const idParams = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partners.read' } as const;
const write = { kind: 'authenticated', permission: 'care.write' } as const;
// The token in the path is the partner's key; no session is involved.
const open = { kind: 'public' } as const;

export const gatheringsRoutes = [
  defineRoute({
    method: 'GET',
    path: '/gatherings',
    summary:
      "The institution's partner gatherings (temu mitra), latest first, with reply and attendance counts",
    tag,
    access: read,
    response: gatheringListSchema,
    handler: ({ deps, principal }) => listGatherings(deps.db, principal.institutionId),
  }),
  defineExportRoute({
    path: '/gatherings/export',
    summary: 'The gatherings of the institution with their counts as XLSX or CSV',
    tag,
    access: read,
    query: exportGatheringsQuerySchema,
    file: ({ deps, principal, query }) => exportGatherings(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/gatherings',
    summary: 'Plan a gathering (title, start and end, place, agenda); GATHERING_ENDS_BEFORE_START',
    tag,
    access: write,
    body: createGatheringRequestSchema,
    response: gatheringSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createGathering(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/gatherings/:id',
    summary: 'A gathering with its invitations, replies and attendance',
    tag,
    access: read,
    params: idParams,
    response: gatheringSchema,
    handler: ({ deps, principal, params }) => getGathering(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/gatherings/:id',
    summary: 'Edit a gathering or mark it held or cancelled (send the version you read)',
    tag,
    access: write,
    params: idParams,
    body: updateGatheringRequestSchema,
    response: gatheringSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateGathering(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/gatherings/:id/invitations',
    summary:
      'Invite partners: each gets its own reusable reply link (replies close when the gathering starts) and a WhatsApp draft; GATHERING_NOT_OPEN',
    tag,
    access: write,
    params: idParams,
    body: inviteRequestSchema,
    response: inviteResponseSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, request, requestId }) =>
      invitePartners(
        deps,
        principal,
        params.id,
        body,
        publicBaseUrl(deps, request.headers.host ? `${request.protocol}://${request.headers.host}` : null),
        requestId,
      ),
  }),
  defineRoute({
    method: 'PUT',
    path: '/gatherings/:id/attendance',
    summary: 'Mark who attended (per invitation); INVITATION_NOT_FOUND',
    tag,
    access: write,
    params: idParams,
    body: attendanceRequestSchema,
    response: gatheringSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      markAttendance(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/public/gathering-invitations/:id/:token',
    summary:
      'What the invited partner sees through its link: the gathering and its own reply; LINK_NOT_FOUND, LINK_EXPIRED, LINK_REVOKED',
    tag,
    access: open,
    params: publicInvitationParamsSchema,
    response: publicInvitationSchema,
    handler: ({ deps, params }) => readPublicInvitation(deps.db, params.id, params.token, deps.clock.now()),
  }),
  defineRoute({
    method: 'POST',
    path: '/public/gathering-invitations/:id/:token',
    summary:
      'Reply attending (with the number of people), declined or maybe, with a note; changeable until the start (GATHERING_REPLY_CLOSED)',
    tag,
    access: open,
    params: publicInvitationParamsSchema,
    body: invitationReplyRequestSchema,
    response: publicInvitationSchema,
    handler: ({ deps, params, body, requestId }) =>
      replyToInvitation(deps, params.id, params.token, body, requestId),
  }),
];
