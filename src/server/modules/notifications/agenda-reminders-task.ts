import { agendaItemKey, type AgendaItem } from '../../../shared/contracts/care-agenda';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import { newId } from '../../platform/ids';
import { dueLocalDays } from '../../platform/scheduler/local-slots';
import type { ScheduledTask } from '../../platform/scheduler/scheduled-task';
import { agendaHorizonDays, buildAgendas } from '../care/index';
import { notificationRow } from './notification-mappers';
import {
  insertNotificationsIfNew,
  listInstitutionZones,
  listReminderRecipients,
} from './notifications.repository';

export const agendaRemindersTaskName = 'agenda-reminders';
/** Reminders are made from 06:00 in the institution's zone, before the 07:00 digest. */
export const remindersFromHour = 6;
/** After downtime, days missed within this bound are made up (each once). */
export const catchUpDays = 3;

const careRoles = ['admin', 'manager', 'facilitator'] as const;

/** Due now, or coming (occasions, expiries) within the window the agenda already keeps. */
function isRemindable(item: AgendaItem): boolean {
  return item.daysOverdue >= 0 || item.reason === 'occasion_coming' || item.reason === 'agreement_expiring';
}

/** "<institution id>:<local date>" */
function slotOf(institutionId: string, day: string): string {
  return `${institutionId}:${day}`;
}

function parseSlot(slotKey: string): { institutionId: string; day: string } {
  const at = slotKey.lastIndexOf(':');
  return { institutionId: slotKey.slice(0, at), day: slotKey.slice(at + 1) };
}

/**
 * Once per institution and local day: every admin and manager is reminded of the institution's
 * agenda, every facilitator of their own partners' items and the institution-wide ones. The unique
 * (user, item key) makes a repeated or overlapping run add nothing.
 */
export function agendaRemindersTask(deps: AppDeps): ScheduledTask {
  return {
    name: agendaRemindersTaskName,
    async dueSlots(db, now) {
      const institutions = await listInstitutionZones(db);
      return institutions.flatMap((institution) =>
        dueLocalDays(now, institution.time_zone as TimeZoneCode, remindersFromHour, catchUpDays).map((day) =>
          slotOf(institution.id, day),
        ),
      );
    },
    async run({ slotKey }) {
      const { institutionId, day } = parseSlot(slotKey);
      const zones = await listInstitutionZones(deps.db);
      const zone = zones.find((institution) => institution.id === institutionId)?.time_zone;
      if (!zone) return;
      const context = { institutionId, today: day, timeZone: zone, horizonDays: agendaHorizonDays };
      const users = await listReminderRecipients(deps.db, institutionId, careRoles);
      const agendas = await buildAgendas(
        deps.db,
        context,
        users.map((user) => (user.role === 'facilitator' ? user.id : null)),
      );
      const createdAt = deps.clock.now().toISOString();
      for (const [index, user] of users.entries()) {
        const items = agendas[index]!;
        const rows = items.filter(isRemindable).map((item) =>
          notificationRow(item, {
            id: newId(),
            institutionId,
            userId: user.id,
            dedupeKey: agendaItemKey(item),
            createdAt,
          }),
        );
        await insertNotificationsIfNew(deps.db, rows);
      }
    },
  };
}
