import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/local-date';
import {
  createNotificationFixture,
  createReminderWorld,
  witaMorning,
  type ReminderWorld,
} from '../../../../tests/factories/care-reminders';
import { createInteractionVia } from '../../../../tests/factories/engagement';
import { createUserFixture, logInAs } from '../../../../tests/factories/people';
import { startSmtpSink, type SmtpSink } from '../../../../tests/setup/smtp-sink';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { AppDeps } from '../../platform/app-deps';
import { createMailer } from '../../platform/mail/mailer';
import type { Scheduler } from '../../platform/scheduler/create-scheduler';
import { agendaRemindersTaskName } from './agenda-reminders-task';
import { dailyDigestTask } from './daily-digest-task';
import { createNotificationScheduler } from './index';

describeEachDatabase('agenda reminders and the daily digest', (dialect) => {
  let t: TestApp;
  let sink: SmtpSink;
  let world: ReminderWorld;
  let scheduler: Scheduler;
  let englishEmail: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    // A fixed autumn day: no holiday enters the 30-day greeting window in the days the test moves
    // through, so the reminders counted are the world's own, whatever day the suite runs.
    t.clock.set(new Date('2026-10-05T00:00:00.000Z'));
    sink = await startSmtpSink();
    world = await createReminderWorld(t);
    const english = await createUserFixture(t, world.institutionId, 'manager', { name: 'Jane Doe' });
    await t.deps.db.updateTable('users').set({ locale: 'en' }).where('id', '=', english.userId).execute();
    englishEmail = english.email;
    // The app's own mailer, pointed at the local SMTP sink.
    const deps: AppDeps = {
      ...t.deps,
      mailer: createMailer(sink.url, 'Jalin <jalin@test>', () => undefined),
    };
    scheduler = createNotificationScheduler(deps, { log: () => undefined });
  });
  afterAll(async () => {
    await sink.close();
    await t.close();
  });

  async function notificationsOf(userId: string) {
    return t.deps.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('due_on')
      .execute();
  }

  it('reminds each user of their part of the agenda once, and mails one Indonesian digest once', async () => {
    t.clock.set(witaMorning(addDays(world.today, 1)));
    await scheduler.runDueTasks();
    await scheduler.runDueTasks();

    const adminReminders = await notificationsOf(world.admin.userId);
    const followUps = adminReminders.filter((row) => row.reason === 'follow_up_due');
    expect(followUps.map((row) => [row.subject_id, row.partner_name, row.detail])).toEqual([
      [world.ownPartner.interactionId, world.ownPartner.name, world.ownPartner.task],
      [world.otherPartner.interactionId, world.otherPartner.name, world.otherPartner.task],
    ]);
    // The facilitator is reminded of their own partner's follow-up, not of the one nobody facilitates.
    const facilitatorReminders = await notificationsOf(world.facilitator.userId);
    expect(facilitatorReminders.map((row) => row.subject_id)).toContain(world.ownPartner.interactionId);
    expect(facilitatorReminders.map((row) => row.partner_id)).not.toContain(world.otherPartner.id);
    expect(
      facilitatorReminders.every((row) => row.partner_id === null || row.partner_id === world.ownPartner.id),
    ).toBe(true);

    const adminMail = sink.messages.filter((mail) => mail.to.includes(world.adminEmail));
    expect(adminMail).toHaveLength(1);
    expect(adminMail[0]!.subject).toBe(
      `Agenda Jalin hari ini — ${adminReminders.length} hal perlu perhatian`,
    );
    const text = adminMail[0]!.text;
    expect(text).toContain('Tindak lanjut jatuh tempo');
    for (const partner of [world.ownPartner, world.otherPartner]) {
      expect(text).toContain(`${partner.name} — ${partner.task}`);
    }
    expect(text).toContain('http://jalin.test/perawatan');
    const facilitatorMail = sink.messages.filter((mail) => mail.to.includes(world.facilitatorEmail));
    expect(facilitatorMail).toHaveLength(1);
    expect(facilitatorMail[0]!.text).toContain(world.ownPartner.task);
    expect(facilitatorMail[0]!.text).not.toContain(world.otherPartner.task);
    // A user who reads English gets the same digest in English.
    const englishMail = sink.messages.filter((mail) => mail.to.includes(englishEmail));
    expect(englishMail).toHaveLength(1);
    expect(englishMail[0]!.subject).toMatch(/^Jalin agenda today — \d+ to look at$/);
    expect(englishMail[0]!.text).toContain('Follow-up due');

    // Every reminder went into exactly one digest.
    const all = await t.deps.db.selectFrom('notifications').selectAll().execute();
    expect(all.every((row) => row.digest_sent_at !== null)).toBe(true);
    expect(sink.messages).toHaveLength(3);
  });

  it('sends nothing more the same day, nor the next day when nothing is new', async () => {
    const before = (await t.deps.db.selectFrom('notifications').select('id').execute()).length;
    t.clock.advance(3 * 3_600_000);
    await scheduler.runDueTasks();
    t.clock.set(witaMorning(addDays(world.today, 2), '08:00'));
    await scheduler.runDueTasks();
    await scheduler.runDueTasks();
    // The same follow-ups are still on the agenda: their keys are known, so no reminder is made again.
    expect((await t.deps.db.selectFrom('notifications').select('id').execute()).length).toBe(before);
    expect(sink.messages).toHaveLength(3);
  });

  it('mails a reminder that arrives later in the next morning’s digest', async () => {
    const due = addDays(world.today, 2);
    // Two days on, the morning's session has expired: sign in again.
    const admin = await logInAs(t, world.adminEmail);
    await createInteractionVia(admin, [world.otherPartner.id], {
      occurredAt: t.clock.now().toISOString(),
      followUp: { task: 'Antar contoh tas ke toko', dueOn: due },
    });
    t.clock.set(witaMorning(addDays(world.today, 3), '07:05'));
    await scheduler.runDueTasks();
    const adminMail = sink.messages.filter((mail) => mail.to.includes(world.adminEmail));
    expect(adminMail).toHaveLength(2);
    expect(adminMail[1]!.text).toContain('Antar contoh tas ke toko');
    expect(adminMail[1]!.text).not.toContain(world.ownPartner.task);
  });

  it('holds a day’s digest while another process still makes that day’s reminders, until 09:00', async () => {
    const day = addDays(world.today, 4);
    t.clock.set(witaMorning(day, '07:10'));
    // A reminder no digest has carried yet: the admin is a recipient today.
    await createNotificationFixture(t, {
      institutionId: world.institutionId,
      userId: world.admin.userId,
      partnerId: world.otherPartner.id,
    });
    // Another process has claimed the day's reminders and has not finished them.
    await t.deps.db
      .insertInto('scheduled_runs')
      .values({
        task: agendaRemindersTaskName,
        slot_key: `${world.institutionId}:${day}`,
        status: 'running',
        owner: 'another-process',
        lease_until: new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
        started_at: t.clock.now().toISOString(),
        finished_at: null,
        attempts: 1,
      })
      .execute();
    const digest = dailyDigestTask({ ...t.deps, mailer: { ...t.deps.mailer, configured: true } });
    const waiting = await digest.dueSlots(t.deps.db, t.clock.now());
    expect(waiting.filter((slot) => slot.endsWith(`:${day}`))).toEqual([]);

    await t.deps.db
      .updateTable('scheduled_runs')
      .set({ status: 'done', finished_at: t.clock.now().toISOString() })
      .where('task', '=', agendaRemindersTaskName)
      .where('slot_key', '=', `${world.institutionId}:${day}`)
      .execute();
    expect(await digest.dueSlots(t.deps.db, t.clock.now())).toContain(`${world.admin.userId}:${day}`);

    // A reminders run that never finishes holds the mail back only until 09:00.
    await t.deps.db
      .updateTable('scheduled_runs')
      .set({ status: 'running', finished_at: null })
      .where('task', '=', agendaRemindersTaskName)
      .where('slot_key', '=', `${world.institutionId}:${day}`)
      .execute();
    expect(await digest.dueSlots(t.deps.db, witaMorning(day, '09:00'))).toContain(
      `${world.admin.userId}:${day}`,
    );
  });
});
