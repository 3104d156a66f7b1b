import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  calendarFeedQuerySchema,
  calendarFeedStatusSchema,
  issuedCalendarFeedSchema,
  listNotificationsQuerySchema,
  markAllReadResponseSchema,
  notificationPageSchema,
  notificationSchema,
} from '../../../shared/contracts/notifications';
import { okResponseSchema } from '../../../shared/contracts/common';
import { defineRoute } from '../../platform/http/route-definition';
import { buildCalendarFeed } from './build-calendar-feed';
import { listNotifications } from './list-notifications';
import { getCalendarFeedStatus, issueCalendarFeed, revokeCalendarFeed } from './manage-calendar-feed';
import { markAllNotificationsRead, markNotificationRead } from './mark-notifications-read';

const tag = 'Notifications';
// Every user has their own reminders and calendar link: no permission beyond being signed in.
const own = { kind: 'authenticated', permission: null } as const;

export const notificationsRoutes = [
  defineRoute({
    method: 'GET',
    path: '/notifications',
    summary:
      'My reminders, newest first, with the unread count; keyset pages; unreadOnly=true for unread ones',
    tag,
    access: own,
    query: listNotificationsQuerySchema,
    response: notificationPageSchema,
    handler: ({ deps, principal, query }) => listNotifications(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/notifications/:id/read',
    summary: 'Mark one of my reminders read; NOTIFICATION_NOT_FOUND for anyone else’s',
    tag,
    access: own,
    params: z.strictObject({ id: idSchema }),
    response: notificationSchema,
    handler: ({ deps, principal, params }) => markNotificationRead(deps, principal, params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/notifications/read-all',
    summary: 'Mark all my reminders read',
    tag,
    access: own,
    response: markAllReadResponseSchema,
    handler: ({ deps, principal }) => markAllNotificationsRead(deps, principal),
  }),
  defineRoute({
    method: 'GET',
    path: '/me/calendar-feed',
    summary: 'Whether I have a live calendar link (the link itself is shown only when issued)',
    tag,
    access: own,
    response: calendarFeedStatusSchema,
    handler: ({ deps, principal }) => getCalendarFeedStatus(deps, principal),
  }),
  defineRoute({
    method: 'POST',
    path: '/me/calendar-feed',
    summary: 'Issue my secret calendar link (iCalendar subscription); an earlier one stops working',
    tag,
    access: own,
    response: issuedCalendarFeedSchema,
    successStatus: 201,
    handler: ({ deps, principal, requestId, request }) =>
      issueCalendarFeed(
        deps,
        principal,
        requestId,
        request.headers.host ? `${request.protocol}://${request.headers.host}` : null,
      ),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/me/calendar-feed',
    summary: 'Revoke my calendar link; CALENDAR_FEED_NOT_FOUND when there is none',
    tag,
    access: own,
    response: okResponseSchema,
    async handler({ deps, principal, requestId }) {
      await revokeCalendarFeed(deps, principal, requestId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/calendar.ics',
    summary:
      'The calendar a calendar app subscribes to (text/calendar): meetings, activities, follow-ups, occasions and my reminders, 90 days back to 365 ahead; the token is the key; CALENDAR_FEED_NOT_FOUND when wrong or revoked',
    tag,
    access: { kind: 'public' },
    query: calendarFeedQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, query, reply }) {
      const ics = await buildCalendarFeed(deps, query.token);
      await reply
        .header('Content-Type', 'text/calendar; charset=utf-8')
        .header('Cache-Control', 'private, no-store')
        .header('Content-Disposition', 'inline; filename="jalin.ics"')
        .send(ics);
    },
  }),
];
