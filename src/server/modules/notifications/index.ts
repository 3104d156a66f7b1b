/** The notifications module's public entry: reminders from the agenda, the daily digest, the calendar feed. */
import { notificationsRoutes } from './notifications.routes';

export const notificationsModuleRoutes = notificationsRoutes;
export { createNotificationScheduler } from './notification-tasks';
export { agendaRemindersTaskName } from './agenda-reminders-task';
export { dailyDigestTaskName } from './daily-digest-task';
