import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  calendarFeedStatusSchema,
  issuedCalendarFeedSchema,
  markAllReadResponseSchema,
  notificationPageSchema,
  notificationSchema,
} from '../../../shared/contracts/notifications';
import { api } from '../../lib/api-client';
import { useNotify } from '../../ui/use-notify';

export const notificationsQueryKey = ['notifications'] as const;
const calendarFeedQueryKey = ['calendar-feed'] as const;

/** The bell's list: newest first, pages of 20; each page carries the unread count. */
export const notificationListQueryOptions = infiniteQueryOptions({
  queryKey: [...notificationsQueryKey, 'list'] as const,
  queryFn: ({ pageParam, signal }) =>
    api.get('/notifications', notificationPageSchema, { cursor: pageParam, limit: 20 }, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  // Reminders are made once a morning: a minute's staleness is plenty.
  staleTime: 60_000,
  refetchInterval: 5 * 60_000,
});

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${encodeURIComponent(id)}/read`, notificationSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
    onError: (error) => notify.error(error),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => api.post('/notifications/read-all', markAllReadResponseSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
    onError: (error) => notify.error(error),
  });
}

export const calendarFeedStatusQueryOptions = queryOptions({
  queryKey: calendarFeedQueryKey,
  queryFn: ({ signal }) => api.get('/me/calendar-feed', calendarFeedStatusSchema, undefined, signal),
});

export function useIssueCalendarFeed() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => api.post('/me/calendar-feed', issuedCalendarFeedSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedQueryKey }),
    onError: (error) => notify.error(error),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => api.delete('/me/calendar-feed', okResponseSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedQueryKey }),
    onError: (error) => notify.error(error),
  });
}
