import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import { dueLocalDays } from '../../platform/scheduler/local-slots';
import { listFinishedSlotKeys } from '../../platform/scheduler/scheduled-runs.repository';
import type { ScheduledTask } from '../../platform/scheduler/scheduled-task';
import { publicBaseUrl } from '../institutions/index';
import { agendaRemindersTaskName } from './agenda-reminders-task';
import { digestMessage } from './digest-wording';
import {
  claimNotificationsForDigest,
  findDigestRecipient,
  listClaimedNotifications,
  listDigestRecipients,
  releaseDigestClaim,
  setDigestSent,
} from './notifications.repository';

export const dailyDigestTaskName = 'daily-digest';
export const digestFromHour = 7;
/** Past this hour a day's digest goes out even if that day's reminders never finished. */
export const digestWaitsForRemindersUntilHour = 9;

/**
 * One email per user and local day from 07:00, with every reminder no digest has carried yet. Only
 * the latest due day is a slot: after downtime the missed days' reminders go in one email, not one
 * per missed day. Each notification is claimed by the run (the claim lapses with the run's lease),
 * sent, then marked sent: a process that dies before marking leaves the claim to lapse and the
 * slot to be taken over, so the mail goes out later rather than never. A day's digest waits until
 * the institution's reminders of that day are made (up to 09:00), so it carries them.
 */
export function dailyDigestTask(deps: AppDeps): ScheduledTask {
  return {
    name: dailyDigestTaskName,
    async dueSlots(db, now) {
      if (!deps.mailer.configured) return [];
      const recipients = await listDigestRecipients(db);
      const due = recipients.map((recipient) => {
        const zone = recipient.time_zone as TimeZoneCode;
        const day = dueLocalDays(now, zone, digestFromHour, 0)[0]!;
        return {
          slot: `${recipient.user_id}:${day}`,
          remindersSlot: `${recipient.institution_id}:${day}`,
          pastWait: dueLocalDays(now, zone, digestWaitsForRemindersUntilHour, 0)[0] === day,
        };
      });
      // Another process may still be making the day's reminders (after downtime both are due at
      // once): a digest sent before they are done would leave the late ones for tomorrow's mail.
      const remindersDone = await listFinishedSlotKeys(db, agendaRemindersTaskName, [
        ...new Set(due.map((item) => item.remindersSlot)),
      ]);
      return due
        .filter((item) => item.pastWait || remindersDone.has(item.remindersSlot))
        .map((item) => item.slot);
    },
    async run({ slotKey, runId, leaseUntil, now }) {
      const userId = slotKey.slice(0, slotKey.lastIndexOf(':'));
      const recipient = await findDigestRecipient(deps.db, userId);
      if (!recipient || recipient.disabled_at) return;
      await claimNotificationsForDigest(deps.db, userId, {
        runId,
        until: leaseUntil,
        now: now.toISOString(),
      });
      const rows = await listClaimedNotifications(deps.db, userId, runId);
      if (rows.length === 0) return;
      const { subject, text } = digestMessage(recipient, rows, `${publicBaseUrl(deps, null)}/perawatan`);
      const sent = await deps.mailer.send({ to: recipient.email, subject, text });
      if (!sent) {
        await releaseDigestClaim(deps.db, userId, runId);
        throw new Error('digest not accepted by the mail server');
      }
      await setDigestSent(deps.db, userId, runId, deps.clock.now().toISOString());
    },
  };
}
