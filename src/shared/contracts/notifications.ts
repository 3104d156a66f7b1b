import { z } from 'zod';
import { agendaReasons } from '../domain/care-vocabulary';
import { agendaSubjectTypes } from './care-agenda';
import { idSchema, isoDateSchema, isoDateTimeSchema, listQuerySchema, pageSchema } from './common';

/** A reminder made from an agenda item for one user, once (its dedupe key is the item's key). */
export const notificationSchema = z.object({
  id: idSchema,
  reason: z.enum(agendaReasons),
  partnerId: idSchema.nullable(),
  partnerName: z.string().nullable(),
  subject: z.object({ type: z.enum(agendaSubjectTypes), id: idSchema }),
  dueOn: isoDateSchema,
  detail: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  readAt: isoDateTimeSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = listQuerySchema.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});
export type ListNotificationsQuery = z.input<typeof listNotificationsQuerySchema>;

/** Newest first, keyset pages; `unreadCount` counts all of the caller's unread ones. */
export const notificationPageSchema = pageSchema(notificationSchema).extend({
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const markAllReadResponseSchema = z.object({ marked: z.number().int() });

/** Whether the caller has a live calendar link; the link itself is shown only when issued. */
export const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: isoDateTimeSchema.nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

export const issuedCalendarFeedSchema = z.object({
  url: z.string(),
  createdAt: isoDateTimeSchema,
  /** An earlier link of the caller stopped working. */
  rotated: z.boolean(),
});
export type IssuedCalendarFeed = z.infer<typeof issuedCalendarFeedSchema>;

export const calendarFeedQuerySchema = z.object({ token: z.string().min(1).max(200) });
