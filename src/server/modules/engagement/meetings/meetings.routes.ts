import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../../shared/contracts/common';
import {
  createMeetingRequestSchema,
  deleteMeetingQuerySchema,
  meetingInvitationSchema,
  meetingListSchema,
  meetingSchema,
  updateMeetingRequestSchema,
} from '../../../../shared/contracts/meetings';
import { meetingMaterialMaxBytes } from '../../../../shared/domain/exploration-meetings';
import { defineRoute } from '../../../platform/http/route-definition';
import { buildMeetingIcs } from './build-meeting-ics';
import { buildMeetingInvitation } from './build-meeting-invitation';
import { createMeeting } from './create-meeting';
import { deleteMeeting } from './delete-meeting';
import { getMeeting, listMeetings } from './get-meeting';
import { readMeetingMaterial, setMeetingMaterial } from './meeting-material';
import { updateMeeting } from './update-meeting';

const tag = 'Exploration meetings';
const partnershipParams = z.strictObject({ id: idSchema });
const meetingParams = z.strictObject({ id: idSchema, meetingId: idSchema });
const base = '/partnerships/:id/meetings';

export const meetingRoutes = [
  defineRoute({
    method: 'GET',
    path: base,
    summary: "The partnership's exploration meetings (step 4): upcoming first, then those held, latest first",
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: partnershipParams,
    response: meetingListSchema,
    handler: ({ deps, principal, params }) =>
      listMeetings(deps.db, principal.institutionId, params.id, deps.clock.now()),
  }),
  defineRoute({
    method: 'POST',
    path: base,
    summary:
      'Schedule an audience or presentation; MEETING_ENDS_BEFORE_START, MEETING_PLACE_MISSING (a place or an online link)',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    params: partnershipParams,
    body: createMeetingRequestSchema,
    response: meetingSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createMeeting(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/:meetingId`,
    summary: 'One exploration meeting',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: meetingParams,
    response: meetingSchema,
    handler: ({ deps, principal, params }) =>
      getMeeting(deps.db, principal.institutionId, params.id, params.meetingId, deps.clock.now()),
  }),
  defineRoute({
    method: 'PATCH',
    path: `${base}/:meetingId`,
    summary:
      'Change a meeting or record its outcome (send the version you read); an outcome before the start is MEETING_NOT_STARTED',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    params: meetingParams,
    body: updateMeetingRequestSchema,
    response: meetingSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateMeeting(deps, principal, params.id, params.meetingId, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${base}/:meetingId`,
    summary: 'Remove a meeting (`?version=` you read)',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    params: meetingParams,
    query: deleteMeetingQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteMeeting(deps, principal, params.id, params.meetingId, query.version, requestId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: `${base}/:meetingId/material`,
    summary:
      'Multipart `file`: the material shown (PDF or JPEG/PNG/WebP, at most 20 MB; photos lose their metadata)',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    params: meetingParams,
    bodyKind: { kind: 'multipart', maxFileBytes: meetingMaterialMaxBytes },
    body: z.strictObject({}),
    response: meetingSchema,
    handler: ({ deps, principal, params, files, requestId }) =>
      setMeetingMaterial(deps, principal, params.id, params.meetingId, files.file, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/:meetingId/material`,
    summary: "The meeting's material, as a download",
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: meetingParams,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, reply }) {
      const material = await readMeetingMaterial(deps, principal, params.id, params.meetingId);
      await reply
        .header('Content-Type', material.mediaType)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', `attachment; filename="${material.name}"`)
        .header('Cache-Control', 'private, no-store')
        .send(material.bytes);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/:meetingId/invitation`,
    summary:
      'A prefilled Indonesian invitation, with a wa.me and a mailto link per contact person of the partners',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: meetingParams,
    response: meetingInvitationSchema,
    handler: ({ deps, principal, params }) =>
      buildMeetingInvitation(deps, principal, params.id, params.meetingId),
  }),
  defineRoute({
    method: 'GET',
    path: `${base}/:meetingId/invitation.ics`,
    summary: 'The meeting as an iCalendar (.ics) event in the institution’s time zone',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: meetingParams,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, reply }) {
      const { ics, fileName } = await buildMeetingIcs(deps, principal, params.id, params.meetingId);
      await reply
        .header('Content-Type', 'text/calendar; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .header('Cache-Control', 'private, no-store')
        .send(ics);
    },
  }),
];
