import { addDays, localDateOf } from '../../../shared/domain/local-date';
import { utcOffsetHours, type TimeZoneCode } from '../../../shared/domain/institution-kinds';

/**
 * The local days, oldest first, whose `fromHour` has passed in the zone, going back `catchUpDays`
 * days from today: the slots of a daily task, missed ones included after downtime.
 */
export function dueLocalDays(now: Date, zone: TimeZoneCode, fromHour: number, catchUpDays: number): string[] {
  const today = localDateOf(now, zone);
  const localHour = new Date(now.getTime() + utcOffsetHours[zone] * 3_600_000).getUTCHours();
  const latest = localHour >= fromHour ? today : addDays(today, -1);
  const days: string[] = [];
  for (let back = catchUpDays; back >= 0; back -= 1) days.push(addDays(latest, -back));
  return days;
}
