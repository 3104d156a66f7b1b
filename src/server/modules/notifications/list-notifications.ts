import type { z } from 'zod';
import type { listNotificationsQuerySchema, NotificationPage } from '../../../shared/contracts/notifications';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { toNotification } from './notification-mappers';
import { countUnreadNotifications, listNotificationRows } from './notifications.repository';

/** The caller's own notifications, newest first. */
export async function listNotifications(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listNotificationsQuerySchema>,
): Promise<NotificationPage> {
  const key = { institutionId: principal.institutionId, userId: principal.userId };
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const [rows, unreadCount] = await Promise.all([
    listNotificationRows(deps.db, { ...key, unreadOnly: query.unreadOnly }, { after, limit: query.limit }),
    countUnreadNotifications(deps.db, key),
  ]);
  const page = toPage(rows, query.limit, toNotification, (row) => [row.created_at, row.id]);
  return { ...page, unreadCount };
}
