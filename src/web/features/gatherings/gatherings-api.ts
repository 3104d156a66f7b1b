import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  gatheringListSchema,
  gatheringSchema,
  inviteResponseSchema,
  publicInvitationSchema,
  type AttendanceRequest,
  type CreateGatheringRequest,
  type InvitationReplyRequest,
  type UpdateGatheringRequest,
} from '../../../shared/contracts/gatherings';
import { utcOffsetHours, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';

export const gatheringsQueryKey = ['gatherings'] as const;

export const gatheringListQueryOptions = queryOptions({
  queryKey: [...gatheringsQueryKey, 'list'] as const,
  queryFn: ({ signal }) => api.get('/gatherings', gatheringListSchema, undefined, signal),
});

export function gatheringQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...gatheringsQueryKey, id] as const,
    queryFn: ({ signal }) =>
      api.get(`/gatherings/${encodeURIComponent(id)}`, gatheringSchema, undefined, signal),
  });
}

/** "2026-03-12T09:00" typed in the institution's zone, as an instant. */
export function localInputToIso(value: string, zone: TimeZoneCode): string {
  return new Date(Date.parse(`${value}:00Z`) - utcOffsetHours[zone] * 3_600_000).toISOString();
}

export function isoToLocalInput(iso: string, zone: TimeZoneCode): string {
  return new Date(Date.parse(iso) + utcOffsetHours[zone] * 3_600_000).toISOString().slice(0, 16);
}

export function useSaveGathering(existing: { id: string; version: number } | null) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGatheringRequest & { status?: UpdateGatheringRequest['status'] }) =>
      existing
        ? api.patch(`/gatherings/${encodeURIComponent(existing.id)}`, gatheringSchema, {
            ...body,
            version: existing.version,
          })
        : api.post('/gatherings', gatheringSchema, body),
    onSuccess: async () => {
      notify.success(t.gatheringsUi.saved);
      await queryClient.invalidateQueries({ queryKey: gatheringsQueryKey });
    },
  });
}

export function useInvite(gatheringId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnerIds: string[]) =>
      api.post(`/gatherings/${encodeURIComponent(gatheringId)}/invitations`, inviteResponseSchema, {
        partnerIds,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gatheringsQueryKey }),
  });
}

export function useMarkAttendance(gatheringId: string) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AttendanceRequest) =>
      api.put(`/gatherings/${encodeURIComponent(gatheringId)}/attendance`, gatheringSchema, { json: body }),
    onSuccess: async () => {
      notify.success(t.gatheringsUi.attendanceSaved);
      await queryClient.invalidateQueries({ queryKey: gatheringsQueryKey });
    },
    onError: (error) => notify.error(error),
  });
}

const publicPath = (id: string, token: string) =>
  `/public/gathering-invitations/${encodeURIComponent(id)}/${encodeURIComponent(token)}`;

export function publicInvitationQueryOptions(id: string, token: string) {
  return queryOptions({
    queryKey: ['public-gathering', id, token] as const,
    queryFn: ({ signal }) => api.get(publicPath(id, token), publicInvitationSchema, undefined, signal),
    retry: false,
  });
}

export function replyToInvitation(id: string, token: string, body: InvitationReplyRequest) {
  return api.post(publicPath(id, token), publicInvitationSchema, body);
}
