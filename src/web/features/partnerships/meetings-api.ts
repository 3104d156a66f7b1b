import { queryOptions } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  meetingInvitationSchema,
  meetingListSchema,
  meetingSchema,
  type CreateMeetingRequest,
  type UpdateMeetingRequest,
} from '../../../shared/contracts/meetings';
import { utcOffsetHours, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { api, apiRequest, buildApiUrl } from '../../lib/api-client';

const meetingsPath = (partnershipId: string) => `/partnerships/${encodeURIComponent(partnershipId)}/meetings`;
const meetingPath = (partnershipId: string, meetingId: string) =>
  `${meetingsPath(partnershipId)}/${encodeURIComponent(meetingId)}`;

/** Under the partnerships key: an outcome changes the partnership's moves, read on the same refresh. */
export const meetingsQueryKey = (partnershipId: string) =>
  ['partnerships', 'meetings', partnershipId] as const;

export function meetingsQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: meetingsQueryKey(partnershipId),
    queryFn: ({ signal }) => api.get(meetingsPath(partnershipId), meetingListSchema, undefined, signal),
  });
}

export function invitationQueryOptions(partnershipId: string, meetingId: string) {
  return queryOptions({
    queryKey: [...meetingsQueryKey(partnershipId), meetingId, 'invitation'] as const,
    queryFn: ({ signal }) =>
      api.get(
        `${meetingPath(partnershipId, meetingId)}/invitation`,
        meetingInvitationSchema,
        undefined,
        signal,
      ),
    // The greeting follows the hour; a minute-old draft is still right.
    staleTime: 60_000,
  });
}

export function createMeeting(partnershipId: string, body: CreateMeetingRequest) {
  return api.post(meetingsPath(partnershipId), meetingSchema, body);
}

export function updateMeeting(partnershipId: string, meetingId: string, body: UpdateMeetingRequest) {
  return api.patch(meetingPath(partnershipId, meetingId), meetingSchema, body);
}

export function deleteMeeting(partnershipId: string, meetingId: string, version: number) {
  return apiRequest('DELETE', meetingPath(partnershipId, meetingId), okResponseSchema, {
    query: { version },
  });
}

export function uploadMeetingMaterial(partnershipId: string, meetingId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.put(`${meetingPath(partnershipId, meetingId)}/material`, meetingSchema, { form });
}

export function meetingMaterialUrl(partnershipId: string, meetingId: string): string {
  return buildApiUrl(`${meetingPath(partnershipId, meetingId)}/material`);
}

export function meetingIcsUrl(partnershipId: string, meetingId: string): string {
  return buildApiUrl(`${meetingPath(partnershipId, meetingId)}/invitation.ics`);
}

/** A `datetime-local` value read as the institution's wall clock, whatever zone the phone is set to. */
export function zonedInputToIso(value: string, zone: TimeZoneCode): string {
  return `${value}:00+0${utcOffsetHours[zone]}:00`;
}

/** The institution's wall clock of a moment, as a `datetime-local` value. */
export function isoToZonedInput(iso: string, zone: TimeZoneCode): string {
  return new Date(Date.parse(iso) + utcOffsetHours[zone] * 3_600_000).toISOString().slice(0, 16);
}
