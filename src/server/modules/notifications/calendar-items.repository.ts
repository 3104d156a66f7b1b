import type { Db } from '../../db/database';

/** What the calendar feed shows, each list limited to the institution and the window. */
export interface CalendarWindow {
  institutionId: string;
  from: string;
  to: string;
}

/** Meetings by start instant (ISO text compares in time order). */
export function listMeetingsIn(db: Db, window: CalendarWindow) {
  return db
    .selectFrom('partnership_meetings')
    .innerJoin('partnerships', 'partnerships.id', 'partnership_meetings.partnership_id')
    .select([
      'partnership_meetings.id',
      'partnership_meetings.title',
      'partnership_meetings.starts_at',
      'partnership_meetings.ends_at',
      'partnership_meetings.place',
      'partnership_meetings.online_link',
      'partnerships.name as partnership_name',
    ])
    .where('partnership_meetings.institution_id', '=', window.institutionId)
    .where('partnerships.institution_id', '=', window.institutionId)
    .where('partnership_meetings.starts_at', '>=', `${window.from}T00:00:00.000Z`)
    .where('partnership_meetings.starts_at', '<=', `${window.to}T23:59:59.999Z`)
    .orderBy('partnership_meetings.starts_at')
    .execute();
}

/** Activities with the days they were carried out, or else the days their plan item planned. */
export function listActivitiesIn(db: Db, window: CalendarWindow) {
  return db
    .selectFrom('activities')
    .innerJoin('partnerships', 'partnerships.id', 'activities.partnership_id')
    .leftJoin('work_plan_items', (join) =>
      join
        .onRef('work_plan_items.id', '=', 'activities.work_plan_item_id')
        .onRef('work_plan_items.institution_id', '=', 'activities.institution_id'),
    )
    .select([
      'activities.id',
      'activities.title',
      'activities.status',
      'activities.started_on',
      'activities.ended_on',
      'work_plan_items.starts_on as planned_starts_on',
      'work_plan_items.ends_on as planned_ends_on',
      'partnerships.name as partnership_name',
    ])
    .where('activities.institution_id', '=', window.institutionId)
    .where('partnerships.institution_id', '=', window.institutionId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('activities.started_on', '>=', window.from),
          eb('activities.started_on', '<=', window.to),
        ]),
        eb.and([
          eb('activities.started_on', 'is', null),
          eb('work_plan_items.starts_on', '>=', window.from),
          eb('work_plan_items.starts_on', '<=', window.to),
        ]),
      ]),
    )
    .orderBy('activities.id')
    .execute();
}

/** Open follow-up tasks of logged contacts. */
export function listOpenFollowUpsIn(db: Db, window: CalendarWindow) {
  return db
    .selectFrom('interactions')
    .select(['id', 'follow_up_task', 'follow_up_due_on', 'summary'])
    .where('institution_id', '=', window.institutionId)
    .where('follow_up_due_on', 'is not', null)
    .where('follow_up_done_at', 'is', null)
    .where('follow_up_due_on', '>=', window.from)
    .where('follow_up_due_on', '<=', window.to)
    .orderBy('id')
    .execute();
}

export function listUserRemindersIn(db: Db, window: CalendarWindow, userId: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'reason', 'partner_name', 'detail', 'due_on'])
    .where('institution_id', '=', window.institutionId)
    .where('user_id', '=', userId)
    .where('due_on', '>=', window.from)
    .where('due_on', '<=', window.to)
    .orderBy('id')
    .execute();
}
