import type { DateArray } from 'ics';
import { defaultMeetingMinutes } from '../../../../shared/domain/exploration-meetings';
import {
  ianaTimeZones,
  utcOffsetHours,
  type TimeZoneCode,
} from '../../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { readInvitationContext } from './build-meeting-invitation';
import { dayAndDate, kindWord, timeRange } from './invitation-wording';

/** The wall-clock time in the zone, as the `ics` package's date array. */
function wallClock(iso: string, zone: TimeZoneCode): DateArray {
  const shifted = new Date(Date.parse(iso) + utcOffsetHours[zone] * 3_600_000);
  return [
    shifted.getUTCFullYear(),
    shifted.getUTCMonth() + 1,
    shifted.getUTCDate(),
    shifted.getUTCHours(),
    shifted.getUTCMinutes(),
  ];
}

/** Indonesia keeps no daylight saving, so one fixed-offset rule describes each zone for ever. */
function timeZoneBlock(zone: TimeZoneCode): string {
  const offset = `+0${utcOffsetHours[zone]}00`;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${ianaTimeZones[zone]}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${zone}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/**
 * The meeting as an iCalendar event in the institution's zone (DTSTART;TZID=Asia/Makassar:…), so a
 * partner's phone shows the time the invitation names. The `ics` package writes no time zones: its
 * UTC-marked wall-clock times are rewritten to the zone and the zone's definition is added.
 */
export async function buildMeetingIcs(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
): Promise<{ ics: string; fileName: string }> {
  const context = await readInvitationContext(deps, principal, partnershipId, meetingId);
  const { meeting, zone } = context;
  const where = [meeting.place, meeting.onlineLink].filter(Boolean).join(' · ');
  const description = [
    `${kindWord(meeting.kind)[0]!.toUpperCase()}${kindWord(meeting.kind).slice(1)} ${context.institutionName}`,
    `${dayAndDate(meeting.startsAt, zone)}, ${timeRange(meeting.startsAt, meeting.endsAt, zone)}`,
    ...(meeting.onlineLink ? [`Tautan: ${meeting.onlineLink}`] : []),
    '',
    'Agenda:',
    meeting.agenda,
  ].join('\n');
  const timing = meeting.endsAt
    ? { end: wallClock(meeting.endsAt, zone), endInputType: 'utc' as const, endOutputType: 'utc' as const }
    : { duration: { minutes: defaultMeetingMinutes } };
  // ics (with its validation library) loads with the first invitation, not at every start (S10).
  const { createEvent } = await import('ics');
  const { error, value } = createEvent({
    uid: `${context.meetingId}@jalin`,
    productId: 'jalin/penjajagan',
    title: meeting.title,
    start: wallClock(meeting.startsAt, zone),
    startInputType: 'utc',
    startOutputType: 'utc',
    ...timing,
    description,
    location: where,
    ...(meeting.onlineLink ? { url: meeting.onlineLink } : {}),
    organizer: { name: context.institutionName, email: principal.email },
    status: 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('ics: no calendar produced');
  const tzid = ianaTimeZones[zone];
  const ics = value
    .replace(/^(DTSTART|DTEND):(\d{8}T\d{6})Z(?=\r?$)/gm, `$1;TZID=${tzid}:$2`)
    .replace('BEGIN:VEVENT', `${timeZoneBlock(zone)}\r\nBEGIN:VEVENT`);
  return { ics, fileName: `undangan-${meeting.kind === 'audience' ? 'audiensi' : 'penjajagan'}.ics` };
}
