import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/local-date';
import { createActivityVia } from '../../../../tests/factories/activities';
import {
  createReminderWorld,
  witaMorning,
  type ReminderWorld,
} from '../../../../tests/factories/care-reminders';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createMeetingVia } from '../../../../tests/factories/meetings';
import { logInAs, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { IssuedCalendarFeed, NotificationPage } from '../../../shared/contracts/notifications';
import { createNotificationScheduler } from './index';

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
}

function parseFeed(text: string): { name: string; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
      };
    }),
  };
}

describeEachDatabase('notifications and the calendar feed', (dialect) => {
  let t: TestApp;
  let a: ReminderWorld;
  let b: ReminderWorld;
  let adminA: Session;
  let facilitatorA: Session;
  let adminB: Session;
  let meetingStartsAt: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await createReminderWorld(t, 'Banjarbaru');
    b = await createReminderWorld(t, 'Martapura');
    const partnershipA = await createPartnershipVia(a.admin, [a.ownPartner.id]);
    meetingStartsAt = (
      await createMeetingVia(a.admin, partnershipA.id, 72, { title: 'Audiensi magang Intan' })
    ).startsAt;
    await createActivityVia(a.admin, partnershipA.id, {
      title: 'Pelatihan tusuk rantai',
      startedOn: addDays(a.today, -5),
      endedOn: addDays(a.today, -3),
    });
    const partnershipB = await createPartnershipVia(b.admin, [b.ownPartner.id]);
    await createMeetingVia(b.admin, partnershipB.id, 72, { title: 'Audiensi rahasia Martapura' });
    // This morning's reminders (no mailer configured: no digest).
    t.clock.set(witaMorning(a.today, '06:30'));
    await createNotificationScheduler(t.deps, { log: () => undefined }).runDueTasks();
    adminA = await logInAs(t, a.adminEmail);
    facilitatorA = await logInAs(t, a.facilitatorEmail);
    adminB = await logInAs(t, b.adminEmail);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('lists my reminders newest first in keyset pages, with the unread count; read one, read all', async () => {
    const first = await adminA.request('GET', '/api/v1/notifications?limit=1');
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<NotificationPage>();
    const total = await t.deps.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', a.admin.userId)
      .execute();
    expect(total.length).toBeGreaterThanOrEqual(2);
    expect(page.unreadCount).toBe(total.length);
    expect(page.items).toHaveLength(1);
    const seen = [...page.items];
    let cursor = page.nextCursor;
    while (cursor) {
      const next = (
        await adminA.request('GET', `/api/v1/notifications?limit=1&cursor=${cursor}`)
      ).json<NotificationPage>();
      seen.push(...next.items);
      cursor = next.nextCursor;
    }
    expect(seen.map((item) => item.id).sort()).toEqual(total.map((row) => row.id).sort());
    const followUps = seen.filter((item) => item.reason === 'follow_up_due');
    expect(followUps.map((item) => item.partnerName).sort()).toEqual(
      [a.otherPartner.name, a.ownPartner.name].sort(),
    );

    const read = await adminA.request('POST', `/api/v1/notifications/${seen[0]!.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ readAt: string }>().readAt).toBe(t.clock.now().toISOString());
    const unread = (
      await adminA.request('GET', '/api/v1/notifications?unreadOnly=true')
    ).json<NotificationPage>();
    expect(unread.unreadCount).toBe(total.length - 1);
    expect(unread.items.map((item) => item.id)).not.toContain(seen[0]!.id);

    // Another user's (same institution) and another institution's reminders read as missing.
    const foreign = await adminB.request('POST', `/api/v1/notifications/${seen[1]!.id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<{ error: { code: string } }>().error.code).toBe('NOTIFICATION_NOT_FOUND');
    const colleague = await facilitatorA.request('POST', `/api/v1/notifications/${seen[1]!.id}/read`);
    expect(colleague.statusCode).toBe(404);

    const all = await adminA.request('POST', '/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ marked: total.length - 1 });
    expect((await adminA.request('GET', '/api/v1/notifications')).json<NotificationPage>().unreadCount).toBe(
      0,
    );
    // The facilitator's own stay unread, and hold their own partner's task, not the colleague's.
    const mine = (
      await facilitatorA.request('GET', '/api/v1/notifications?limit=100')
    ).json<NotificationPage>();
    expect(mine.unreadCount).toBeGreaterThan(0);
    expect(
      mine.items.filter((item) => item.reason === 'follow_up_due').map((item) => item.partnerName),
    ).toEqual([a.ownPartner.name]);
  });

  it('serves my institution’s calendar through a secret link, rotated and revoked with audit rows', async () => {
    expect((await adminA.request('GET', '/api/v1/me/calendar-feed')).json()).toEqual({
      active: false,
      createdAt: null,
    });
    const issued = await adminA.request('POST', '/api/v1/me/calendar-feed');
    expect(issued.statusCode, issued.body).toBe(201);
    const feed = issued.json<IssuedCalendarFeed>();
    expect(feed.url).toMatch(/^http:\/\/jalin\.test\/api\/v1\/calendar\.ics\?token=[\w-]{40,}$/);
    expect(feed.rotated).toBe(false);
    const token = new URL(feed.url).searchParams.get('token')!;
    const stored = await t.deps.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);

    // No session: the token is the key.
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/calendar.ics?token=${token}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseFeed(response.body);
    expect(calendar.name).toBe('Jalin — LKP Rajut Banjarbaru');
    const summaries = calendar.events.map((event) => event.summary);
    const meeting = calendar.events.find((event) => event.summary === 'Pertemuan: Audiensi magang Intan')!;
    expect(meeting.allDay).toBe(false);
    expect(new Date(meeting.start).toISOString()).toBe(meetingStartsAt);
    const activity = calendar.events.find((event) => event.summary === 'Kegiatan: Pelatihan tusuk rantai')!;
    expect([activity.allDay, activity.start]).toEqual([true, addDays(a.today, -5)]);
    const followUp = calendar.events.find(
      (event) => event.summary === `Tindak lanjut: ${a.ownPartner.task}`,
    )!;
    expect(followUp.start).toBe(addDays(a.today, -2));
    expect(summaries).toContain(`Pengingat: Tindak lanjut jatuh tempo — ${a.otherPartner.name}`);
    expect(calendar.events.some((event) => event.uid.startsWith('occasion-holiday'))).toBe(true);
    // Only this institution's records.
    expect(summaries.join('\n')).not.toContain('Martapura');
    // B's follow-ups carry the same words as A's: one each here means B's are absent.
    expect(summaries.filter((summary) => summary === `Tindak lanjut: ${a.ownPartner.task}`)).toHaveLength(1);
    expect(summaries.filter((summary) => summary === `Tindak lanjut: ${a.otherPartner.task}`)).toHaveLength(
      1,
    );

    const rotated = (await adminA.request('POST', '/api/v1/me/calendar-feed')).json<IssuedCalendarFeed>();
    expect(rotated.rotated).toBe(true);
    const old = await t.app.inject({ method: 'GET', url: `/api/v1/calendar.ics?token=${token}` });
    expect(old.statusCode).toBe(404);
    expect(old.json<{ error: { code: string } }>().error.code).toBe('CALENDAR_FEED_NOT_FOUND');
    const newToken = new URL(rotated.url).searchParams.get('token')!;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/calendar.ics?token=${newToken}` })).statusCode,
    ).toBe(200);

    expect((await adminA.request('DELETE', '/api/v1/me/calendar-feed')).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/calendar.ics?token=${newToken}` })).statusCode,
    ).toBe(404);
    expect((await adminA.request('DELETE', '/api/v1/me/calendar-feed')).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/calendar.ics?token=tebakan-asal' })).statusCode,
    ).toBe(404);

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('institution_id', '=', a.institutionId)
      .where('entity_type', '=', 'calendar_feed')
      .orderBy('sequence')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'calendar_feed.created',
      'calendar_feed.rotated',
      'calendar_feed.revoked',
    ]);
  });
});
