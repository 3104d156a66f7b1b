import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FollowUpPage } from '../../../shared/contracts/follow-ups';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import { createInteractionVia, createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

const hour = 60 * 60 * 1000;

describeEachDatabase('follow-ups: reminders of logged contacts', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let colleague: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    const user = await createUserFixture(t, manager.institutionId, 'facilitator');
    colleague = await logInAs(t, user.email);
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const recently = () => new Date(t.clock.now().getTime() - 2 * hour).toISOString();
  const list = async (session: Session, query: string) => {
    const response = await session.request('GET', `/api/v1/follow-ups?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<FollowUpPage>();
  };
  const auditOf = (id: string) =>
    t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', id)
      .orderBy('sequence')
      .execute();

  it('lists mine (logged, present or facilitating) and all, soonest due first, with overdue on the day', async () => {
    const today = localDateOf(t.clock.now(), 'WITA');
    const partner = await createPartnerVia(manager, { name: 'Rumah Rajut Mawar Banjarbaru' });
    const led = await createPartnershipVia(manager, [partner.id], {
      name: 'PKW Rajut Mawar',
      facilitatorUserId: manager.userId,
    });
    const log = (session: Session, dueOn: string | null, extra: object = {}) =>
      createInteractionVia(session, [partner.id], {
        occurredAt: recently(),
        followUp: dueOn ? { task: `Tugas ${dueOn}`, dueOn } : null,
        ...extra,
      }).then((created) => created.id);
    const overdue = await log(manager, addDays(today, -2));
    const later = await log(manager, addDays(today, 3));
    await log(manager, null);
    const present = await log(colleague, addDays(today, 1), {
      staffUserIds: [colleague.userId, manager.userId],
    });
    const facilitating = await log(colleague, addDays(today, 10), { partnershipId: led.id });
    const notMine = await log(colleague, today);
    await createInteractionVia(other, [(await createPartnerVia(other)).id], { occurredAt: recently() });

    const mine = await list(manager, 'scope=mine&status=open');
    expect(mine.items.map((item) => item.interactionId)).toEqual([overdue, present, later, facilitating]);
    expect(mine.today).toBe(today);
    expect(mine.overdueCount).toBe(1);
    expect(mine.items[0]).toMatchObject({
      task: `Tugas ${addDays(today, -2)}`,
      dueOn: addDays(today, -2),
      overdue: true,
      doneAt: null,
      partners: [{ id: partner.id, name: 'Rumah Rajut Mawar Banjarbaru' }],
      partnership: null,
    });
    expect(mine.items[1]!.overdue).toBe(false);
    expect(mine.items[3]!.partnership).toEqual({ id: led.id, name: 'PKW Rajut Mawar' });

    const all = await list(manager, 'scope=all');
    expect(all.items.map((item) => item.interactionId)).toEqual([
      overdue,
      notMine,
      present,
      later,
      facilitating,
    ]);
    // Due today is not overdue yet.
    expect(all.items[1]!.overdue).toBe(false);
    expect(all.overdueCount).toBe(1);

    const thisWeek = await list(manager, `dueBefore=${addDays(today, 4)}`);
    expect(thisWeek.items.map((item) => item.interactionId)).toEqual([overdue, present, later]);

    const first = await list(manager, 'limit=2');
    expect(first.items.map((item) => item.interactionId)).toEqual([overdue, present]);
    const second = await list(manager, `limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.interactionId)).toEqual([later, facilitating]);
    expect(second.nextCursor).toBeNull();

    expect((await list(colleague, 'scope=mine')).items.map((item) => item.interactionId)).toEqual([
      notMine,
      present,
      facilitating,
    ]);
    expect((await list(other, 'scope=all')).items.map((item) => item.interactionId)).not.toContain(overdue);

    const bad = await manager.request('GET', '/api/v1/follow-ups?scope=everyone');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('marks a follow-up done and open again, each with its audit row; the same state twice writes nothing', async () => {
    const today = localDateOf(t.clock.now(), 'WITA');
    const partner = await createPartnerVia(manager);
    const { id } = await createInteractionVia(manager, [partner.id], {
      occurredAt: recently(),
      followUp: { task: 'Kirim proposal PKW', dueOn: addDays(today, -1) },
    });
    const countBefore = (await list(manager, 'scope=mine')).overdueCount;
    const complete = (done: boolean, session: Session = colleague) =>
      session.request('POST', `/api/v1/interactions/${id}/follow-up/completion`, { done });

    const done = await complete(true);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      followUp: {
        task: 'Kirim proposal PKW',
        dueOn: addDays(today, -1),
        doneAt: t.clock.now().toISOString(),
      },
      version: 2,
    });
    expect((await list(manager, 'scope=mine')).overdueCount).toBe(countBefore - 1);
    expect((await list(manager, 'scope=mine')).items.map((item) => item.interactionId)).not.toContain(id);
    const doneList = await list(manager, 'scope=mine&status=done');
    expect(doneList.items.find((item) => item.interactionId === id)).toMatchObject({
      overdue: false,
      doneByUserId: colleague.userId,
    });
    expect((await complete(true)).json().version).toBe(2);

    const reopened = await complete(false);
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ followUp: { doneAt: null }, version: 3 });
    expect((await list(manager, 'scope=mine')).overdueCount).toBe(countBefore);
    expect(await auditOf(id)).toEqual([
      { action: 'interaction.created', actor_user_id: manager.userId },
      { action: 'interaction.follow_up_completed', actor_user_id: colleague.userId },
      { action: 'interaction.follow_up_reopened', actor_user_id: colleague.userId },
    ]);

    // A changed task is a new one: done is cleared.
    await complete(true);
    const changed = await manager.request('PATCH', `/api/v1/interactions/${id}`, {
      version: 4,
      followUp: { task: 'Kirim proposal PKW yang direvisi', dueOn: addDays(today, 2) },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().followUp.doneAt).toBeNull();
  });

  it('refuses without a follow-up (422), in another institution (404) and for a viewer (403), writing nothing', async () => {
    const partner = await createPartnerVia(manager);
    const without = await createInteractionVia(manager, [partner.id], {
      occurredAt: recently(),
      followUp: null,
    });
    const withTask = await createInteractionVia(manager, [partner.id], { occurredAt: recently() });
    const viewerUser = await createUserFixture(t, manager.institutionId, 'viewer');
    const viewer = await logInAs(t, viewerUser.email);
    const rowOf = (id: string) =>
      t.deps.db.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const snapshot = async () => [
      await rowOf(without.id),
      await rowOf(withTask.id),
      await auditOf(without.id),
      await auditOf(withTask.id),
    ];
    const before = await snapshot();
    const complete = (session: Session, id: string, body: object = { done: true }) =>
      session.request('POST', `/api/v1/interactions/${id}/follow-up/completion`, body);

    const missing = await complete(manager, without.id);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.code).toBe('FOLLOW_UP_MISSING');
    const foreign = await complete(other, withTask.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('INTERACTION_NOT_FOUND');
    const forbidden = await complete(viewer, withTask.id);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
    const malformed = await complete(manager, withTask.id, { done: 'ya' });
    expect(malformed.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
    // A viewer may still read the reminders.
    expect((await viewer.request('GET', '/api/v1/follow-ups?scope=all')).statusCode).toBe(200);
  });

  it('decides overdue on the institution’s day: due today in WIT is not overdue at 23:00 WIT', async () => {
    const saved = t.clock.now();
    try {
      // 23:00 WIT (UTC+9) is 14:00 UTC the same day.
      const day = localDateOf(saved, 'WIT');
      t.clock.set(new Date(`${day}T14:00:00.000Z`));
      const { adminEmail } = await createInstitutionFixture(t, { timeZone: 'WIT' });
      const papua = await logInAs(t, adminEmail);
      const partner = await createPartnerVia(papua);
      await createInteractionVia(papua, [partner.id], {
        occurredAt: new Date(`${day}T05:00:00.000Z`).toISOString(),
        followUp: { task: 'Telepon mitra di Jayapura', dueOn: day },
      });
      const lateEvening = await list(papua, 'scope=all');
      expect(lateEvening.today).toBe(day);
      expect(lateEvening.items[0]).toMatchObject({ dueOn: day, overdue: false });
      expect(lateEvening.overdueCount).toBe(0);

      // 00:30 WIT the next day: now it is late (still the same UTC day).
      t.clock.set(new Date(`${day}T15:30:00.000Z`));
      const nextMorning = await list(papua, 'scope=all');
      expect(nextMorning.today).toBe(addDays(day, 1));
      expect(nextMorning.items[0]!.overdue).toBe(true);
      expect(nextMorning.overdueCount).toBe(1);
    } finally {
      t.clock.set(saved);
    }
  });
});
