import type { Notification } from '../../../shared/contracts/notifications';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { toNotification } from './notification-mappers';
import { findNotificationRow, setNotificationsRead } from './notifications.repository';

/*
 * Reading a reminder is the caller's own view state, like a mail client's unread flag: it changes
 * nothing anyone else sees, so it leaves no audit row (the audit log records the institution's data).
 */

/** Another user's or institution's notification reads as missing (404), never as forbidden. */
export async function markNotificationRead(
  deps: AppDeps,
  principal: Principal,
  id: string,
): Promise<Notification> {
  const key = { institutionId: principal.institutionId, userId: principal.userId, id };
  if (!(await findNotificationRow(deps.db, key))) throw new AppError('NOTIFICATION_NOT_FOUND');
  await setNotificationsRead(deps.db, key, deps.clock.now().toISOString());
  return toNotification((await findNotificationRow(deps.db, key))!);
}

export async function markAllNotificationsRead(
  deps: AppDeps,
  principal: Principal,
): Promise<{ marked: number }> {
  const marked = await setNotificationsRead(
    deps.db,
    { institutionId: principal.institutionId, userId: principal.userId },
    deps.clock.now().toISOString(),
  );
  return { marked };
}
