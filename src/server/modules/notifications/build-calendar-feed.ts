import type { DateArray, EventAttributes } from 'ics';
import { en } from '../../../shared/i18n/en';
import { id as indonesian } from '../../../shared/i18n/id';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { hashSecret } from '../../platform/ids';
import { listCalendarOccasions } from '../occasions/index';
import { findCalendarFeedByHash } from './calendar-feeds.repository';
import {
  listActivitiesIn,
  listMeetingsIn,
  listOpenFollowUpsIn,
  listUserRemindersIn,
} from './calendar-items.repository';

/** The feed covers the recent past (what happened) and a year ahead (what is planned). */
export const calendarDaysBack = 90;
export const calendarDaysAhead = 365;

function dayArray(date: string): DateArray {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** An all-day event from `first` to `last` inclusive (iCalendar's end day is exclusive). */
function allDay(first: string, last: string | null): Pick<EventAttributes, 'start'> & { end: DateArray } {
  const end = last && last >= first ? last : first;
  return { start: dayArray(first), end: dayArray(addDays(end, 1)) };
}

/**
 * The subscriber's calendar: the institution's meetings (timed, UTC), activities, open follow-ups,
 * occasions, and the subscriber's own reminders. The token is the only credential; a wrong or
 * revoked one reads as missing.
 */
export async function buildCalendarFeed(deps: AppDeps, token: string): Promise<string> {
  const feed = await findCalendarFeedByHash(deps.db, hashSecret(token));
  if (!feed) throw new AppError('CALENDAR_FEED_NOT_FOUND');
  const words = (feed.locale === 'en' ? en : indonesian).notificationsUi;
  const prefix = words.calendarEventPrefix;
  const today = localDateOf(deps.clock.now(), feed.time_zone as TimeZoneCode);
  const window = {
    institutionId: feed.institution_id,
    from: addDays(today, -calendarDaysBack),
    to: addDays(today, calendarDaysAhead),
  };
  const [meetings, activities, followUps, reminders, occasions] = await Promise.all([
    listMeetingsIn(deps.db, window),
    listActivitiesIn(deps.db, window),
    listOpenFollowUpsIn(deps.db, window),
    listUserRemindersIn(deps.db, window, feed.user_id),
    listCalendarOccasions(deps.db, feed.institution_id, window),
  ]);
  const events: EventAttributes[] = [
    ...meetings.map((meeting) => ({
      uid: `meeting-${meeting.id}@jalin`,
      title: `${prefix.meeting}: ${meeting.title}`,
      description: meeting.partnership_name,
      location: [meeting.place, meeting.online_link].filter(Boolean).join(' · '),
      start: Date.parse(meeting.starts_at),
      startInputType: 'utc' as const,
      startOutputType: 'utc' as const,
      ...(meeting.ends_at
        ? { end: Date.parse(meeting.ends_at), endInputType: 'utc' as const, endOutputType: 'utc' as const }
        : { duration: { hours: 2 } }),
    })),
    ...activities.map((activity) => ({
      uid: `activity-${activity.id}@jalin`,
      title: `${prefix.activity}: ${activity.title}`,
      description: activity.partnership_name,
      ...(activity.started_on
        ? allDay(activity.started_on, activity.ended_on)
        : allDay(activity.planned_starts_on!, activity.planned_ends_on)),
    })),
    ...followUps.map((followUp) => ({
      uid: `follow-up-${followUp.id}@jalin`,
      title: `${prefix.followUp}: ${followUp.follow_up_task ?? ''}`.trim(),
      ...(followUp.summary ? { description: followUp.summary } : {}),
      ...allDay(followUp.follow_up_due_on!, null),
    })),
    ...reminders.map((reminder) => ({
      uid: `reminder-${reminder.id}@jalin`,
      title: `${prefix.reminder}: ${words.reasons[reminder.reason as keyof typeof words.reasons] ?? reminder.reason} — ${reminder.partner_name ?? words.institutionWide}`,
      ...(reminder.detail ? { description: reminder.detail } : {}),
      ...allDay(reminder.due_on, null),
    })),
    ...occasions.map((occasion) => ({
      uid: `occasion-${occasion.id.replace(/[^A-Za-z0-9@._-]/g, '-')}@jalin`,
      title: `${prefix.occasion}: ${occasion.title}`,
      ...(occasion.partnerName ? { description: occasion.partnerName } : {}),
      transp: 'TRANSPARENT' as const,
      ...allDay(occasion.date, null),
    })),
  ];
  // ics (with its validation library) loads with the first feed, not at every start (S10).
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(events, {
    productId: 'jalin/kalender',
    calName: `Jalin — ${feed.institution_name}`,
  });
  if (error || value === null) throw error ?? new Error('ics: no calendar produced');
  return value;
}
