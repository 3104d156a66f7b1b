import { utcOffsetHours, type TimeZoneCode } from './institution-kinds';

/** The calendar day (`YYYY-MM-DD`) an instant falls on in the zone (fixed offsets, no daylight saving). */
export function localDateOf(instant: Date, zone: TimeZoneCode): string {
  return new Date(instant.getTime() + utcOffsetHours[zone] * 3_600_000).toISOString().slice(0, 10);
}

/** The day `days` after a `YYYY-MM-DD` day. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
