import type { AppDeps } from '../../platform/app-deps';
import {
  createScheduler,
  type Scheduler,
  type SchedulerOptions,
} from '../../platform/scheduler/create-scheduler';
import { agendaRemindersTask } from './agenda-reminders-task';
import { dailyDigestTask } from './daily-digest-task';

/** Reminders first, so a tick that is due for both mails the reminders it just made. */
export function createNotificationScheduler(deps: AppDeps, options: SchedulerOptions = {}): Scheduler {
  return createScheduler(deps, [agendaRemindersTask(deps), dailyDigestTask(deps)], options);
}
