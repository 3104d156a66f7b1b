import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agenda, NeglectedList, PartnerCare } from '../../../shared/contracts/care';
import type { Page } from '../../../shared/contracts/common';
import type { PartnerListItem } from '../../../shared/contracts/partners';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import { ksoDraftVia } from '../../../../tests/factories/agreements';
import { createInteractionVia, createPartnershipVia } from '../../../../tests/factories/engagement';
import { createProblemVia, setPartnershipStage } from '../../../../tests/factories/monitoring';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

const day = 24 * 60 * 60 * 1000;

describeEachDatabase('care: agenda, neglected partners, health and cadence', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let facilitator: Session;
  let viewer: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    facilitator = await logInAs(t, (await createUserFixture(t, manager.institutionId, 'facilitator')).email);
    viewer = await logInAs(t, (await createUserFixture(t, manager.institutionId, 'viewer')).email);
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const today = () => localDateOf(t.clock.now(), 'WITA');
  const daysAgo = (n: number) => new Date(t.clock.now().getTime() - n * day).toISOString();
  const agenda = async (session: Session, query = '') => {
    const response = await session.request('GET', `/api/v1/care/agenda${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Agenda>();
  };
  const itemsOf = (list: Agenda, partnerId: string) =>
    list.items.filter((item) => item.partnerId === partnerId);
  const care = async (session: Session, partnerId: string) => {
    const response = await session.request('GET', `/api/v1/partners/${partnerId}/care`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PartnerCare>();
  };
  const contactedAgo = (session: Session, partnerId: string, days: number) =>
    createInteractionVia(session, [partnerId], { occurredAt: daysAgo(days), followUp: null });

  it('a partner due for contact is on the agenda until someone logs a contact', async () => {
    const partner = await createPartnerVia(manager, { facilitatorUserId: facilitator.userId });
    await contactedAgo(manager, partner.id, 40); // a business prospect: every 30 days
    const before = itemsOf(await agenda(manager, '?scope=all'), partner.id);
    expect(before).toEqual([
      expect.objectContaining({
        reason: 'cadence_due',
        subject: { type: 'partner', id: partner.id },
        dueOn: addDays(localDateOf(new Date(daysAgo(40)), 'WITA'), 30),
        daysOverdue: 10,
        facilitatorUserId: facilitator.userId,
        suggestedPurpose: 'follow_up',
      }),
    ]);

    await contactedAgo(facilitator, partner.id, 0.01);
    expect(itemsOf(await agenda(manager, '?scope=all'), partner.id)).toEqual([]);
  });

  it('a follow-up due today or earlier is on the agenda until it is done', async () => {
    const partner = await createPartnerVia(manager);
    const interaction = await createInteractionVia(manager, [partner.id], {
      occurredAt: daysAgo(3),
      followUp: { task: 'Kirim proposal magang', dueOn: addDays(today(), -1) },
    });
    await createInteractionVia(manager, [partner.id], {
      occurredAt: daysAgo(2),
      followUp: { task: 'Belum waktunya', dueOn: addDays(today(), 5) },
    });
    const items = itemsOf(await agenda(manager, '?scope=all'), partner.id);
    expect(items).toEqual([
      expect.objectContaining({
        reason: 'follow_up_due',
        subject: { type: 'interaction', id: interaction.id },
        dueOn: addDays(today(), -1),
        daysOverdue: 1,
        detail: 'Kirim proposal magang',
      }),
    ]);

    const done = await manager.request(
      'POST',
      `/api/v1/interactions/${interaction.id}/follow-up/completion`,
      {
        done: true,
      },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(itemsOf(await agenda(manager, '?scope=all'), partner.id)).toEqual([]);
  });

  it('an active agreement ending within 60 days is on the agenda; a later end takes it off', async () => {
    const agreement = await ksoDraftVia(manager);
    const setAgreement = (endsOn: string) =>
      t.deps.db
        .updateTable('agreements')
        .set({ status: 'active', ends_on: endsOn })
        .where('id', '=', agreement.id)
        .execute();
    await setAgreement(addDays(today(), 30));
    const expiring = (await agenda(manager, '?scope=all')).items.filter(
      (item) => item.subject.id === agreement.id,
    );
    expect(expiring).toEqual([
      expect.objectContaining({
        reason: 'agreement_expiring',
        partnerId: agreement.partnerId,
        dueOn: addDays(today(), 30),
        daysOverdue: -30,
        suggestedPurpose: 'meeting_invitation',
      }),
    ]);
    const health = await care(manager, agreement.partnerId);
    expect(health.health.components.find((c) => c.component === 'agreement')).toMatchObject({
      points: 8,
      reason: 'agreement_expiring',
      values: { date: addDays(today(), 30) },
    });

    await setAgreement(addDays(today(), 61));
    const later = await agenda(manager, '?scope=all');
    expect(later.items.some((item) => item.subject.id === agreement.id)).toBe(false);
  });

  it('a facilitator sees their own partners by default; another institution never appears', async () => {
    const mine = await createPartnerVia(manager, { facilitatorUserId: facilitator.userId });
    const notMine = await createPartnerVia(manager);
    const foreign = await createPartnerVia(other);
    for (const [session, id] of [
      [manager, mine.id],
      [manager, notMine.id],
      [other, foreign.id],
    ] as const)
      await contactedAgo(session, id, 45);

    const own = await agenda(facilitator);
    expect(own.scope).toBe('mine');
    expect(own.today).toBe(today());
    expect(own.items.map((item) => item.partnerId)).toContain(mine.id);
    expect(own.items.map((item) => item.partnerId)).not.toContain(notMine.id);
    expect(
      own.items.every((item) => item.partnerId === null || item.facilitatorUserId === facilitator.userId),
    ).toBe(true);

    const all = await agenda(manager);
    expect(all.scope).toBe('all');
    expect(all.items.map((item) => item.partnerId)).toEqual(expect.arrayContaining([mine.id, notMine.id]));
    expect(all.items.map((item) => item.partnerId)).not.toContain(foreign.id);
    expect((await agenda(facilitator, '?scope=all')).items.map((i) => i.partnerId)).toContain(notMine.id);
    // most urgent first
    const overdue = all.items.map((item) => item.daysOverdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));

    expect((await other.request('GET', `/api/v1/partners/${mine.id}/care`)).statusCode).toBe(404);
    expect((await agenda(other, '?scope=all')).items.map((i) => i.partnerId)).not.toContain(mine.id);
  });

  it('shows health with its components, cadence, and the contacts’ preferences before contacting', async () => {
    const partner = await createPartnerVia(manager);
    await createContactVia(manager, partner.id, {
      preferences: 'Lebih suka dihubungi sore hari',
      sensitiveTopics: 'Jangan singgung utang koperasi',
    });
    const lastContact = await contactedAgo(manager, partner.id, 10);
    void lastContact;
    const view = await care(manager, partner.id);
    expect(view.cadence).toEqual({ days: 30, defaultDays: 30, overrideDays: null, stageGroup: 'prospect' });
    expect(view.lastContactOn).toBe(localDateOf(new Date(daysAgo(10)), 'WITA'));
    expect(view.nextContactDueOn).toBe(addDays(view.lastContactOn!, 30));
    expect(view.daysOverdue).toBe(-20);
    expect(view.health.components.map((c) => [c.component, c.points, c.reason])).toEqual([
      ['contact', 30, 'contact_on_time'],
      ['feedback', 10, 'feedback_none'],
      ['problems', 15, 'problems_none'],
      ['agreement', 8, 'agreement_none'],
      ['delivery', 10, 'delivery_none'],
    ]);
    expect(view.health).toMatchObject({ score: 73, band: 'healthy' });
    expect(view.contacts).toEqual([
      expect.objectContaining({
        preferences: 'Lebih suka dihubungi sore hari',
        sensitiveTopics: 'Jangan singgung utang koperasi',
        consentWithdrawn: false,
      }),
    ]);
  });

  it('PUT cadence validates, writes an audit row, and null restores the default', async () => {
    const partner = await createPartnerVia(manager);
    const put = (session: Session, days: unknown) =>
      session.request('PUT', `/api/v1/partners/${partner.id}/cadence`, { days });
    expect((await put(manager, 'dua minggu')).statusCode).toBe(400);
    expect((await put(manager, 7.5)).statusCode).toBe(400);
    for (const days of [0, 366]) {
      const refused = await put(manager, days);
      expect(refused.statusCode).toBe(422);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('CADENCE_OUT_OF_RANGE');
    }
    expect((await put(viewer, 14)).statusCode).toBe(403);
    const auditRows = () =>
      t.deps.db
        .selectFrom('audit_events')
        .select(['action', 'actor_user_id', 'before_json', 'after_json'])
        .where('entity_id', '=', partner.id)
        .where('action', '=', 'partner.cadence_changed')
        .orderBy('sequence')
        .execute();
    expect(await auditRows()).toEqual([]);

    const set = await put(facilitator, 10);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<PartnerCare>().cadence).toMatchObject({ days: 10, defaultDays: 30, overrideDays: 10 });
    const reset = await put(manager, null);
    expect(reset.json<PartnerCare>().cadence).toMatchObject({ days: 30, overrideDays: null });
    const rows = await auditRows();
    expect(
      rows.map((row): unknown[] => [
        row.actor_user_id,
        JSON.parse(row.before_json!) as unknown,
        JSON.parse(row.after_json!) as unknown,
      ]),
    ).toEqual([
      [facilitator.userId, { contactCadenceDays: null }, { contactCadenceDays: 10 }],
      [manager.userId, { contactCadenceDays: 10 }, { contactCadenceDays: null }],
    ]);
    expect(
      (await other.request('PUT', `/api/v1/partners/${partner.id}/cadence`, { days: 5 })).statusCode,
    ).toBe(404);
  });

  it('lists neglected partners with why, longest silence first', async () => {
    const silent = await createPartnerVia(manager, { name: 'Koperasi Sunyi Banjarbaru' });
    await contactedAgo(manager, silent.id, 70); // business prospect: 30 days, twice is 60
    const forgotten = await createPartnerVia(manager, { name: 'Kelompok Terlupa' });
    await t.deps.db
      .updateTable('partners')
      .set({ created_at: daysAgo(40) })
      .where('id', '=', forgotten.id)
      .execute();
    const fine = await createPartnerVia(manager);
    await contactedAgo(manager, fine.id, 50); // late but not twice the cadence

    const response = await manager.request('GET', '/api/v1/care/neglected');
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json<NeglectedList>();
    const ids = list.items.map((item) => item.partnerId);
    expect(ids).not.toContain(fine.id);
    expect(list.items.find((item) => item.partnerId === silent.id)).toMatchObject({
      reasons: ['no_contact_twice_cadence'],
      cadenceDays: 30,
      daysSince: 70,
    });
    expect(list.items.find((item) => item.partnerId === forgotten.id)).toMatchObject({
      reasons: ['never_contacted'],
      lastContactOn: null,
      daysSince: 40,
    });
    expect(ids.indexOf(silent.id)).toBeLessThan(ids.indexOf(forgotten.id));
    const foreign = (await other.request('GET', '/api/v1/care/neglected')).json<NeglectedList>();
    expect(foreign.items.map((item) => item.partnerId)).not.toContain(silent.id);
  });
  it('filters the registry by health band, and lists a critical partner as neglected', async () => {
    const healthy = await createPartnerVia(manager, { name: 'Sanggar Sehat Rajut' });
    await contactedAgo(manager, healthy.id, 2);
    const critical = await createPartnerVia(manager, { name: 'Koperasi Kritis Banjarbaru' });
    await t.deps.db
      .updateTable('partners')
      .set({ created_at: daysAgo(100) })
      .where('id', '=', critical.id)
      .execute();
    const partnership = await createPartnershipVia(manager, [critical.id]);
    await setPartnershipStage(t.deps.db, partnership.id, 'implementation');
    await createProblemVia(manager, partnership.id, { dueOn: addDays(today(), -3) });

    const view = await care(manager, critical.id);
    expect(view.health.components.map((c) => [c.component, c.points, c.reason])).toEqual([
      ['contact', 0, 'contact_never'],
      ['feedback', 10, 'feedback_none'],
      ['problems', 0, 'problems_overdue'],
      ['agreement', 8, 'agreement_none'],
      ['delivery', 20, 'delivery_on_plan'],
    ]);
    expect(view.health).toMatchObject({ score: 38, band: 'critical' });

    const list = async (band: string) => {
      const response = await manager.request('GET', `/api/v1/partners?health=${band}&limit=100`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Page<PartnerListItem>>().items.map((item) => item.id);
    };
    expect(await list('critical')).toContain(critical.id);
    expect(await list('critical')).not.toContain(healthy.id);
    expect(await list('healthy')).toContain(healthy.id);
    expect(await list('healthy')).not.toContain(critical.id);
    expect((await manager.request('GET', '/api/v1/partners?health=bagus')).statusCode).toBe(400);

    const neglected = (await manager.request('GET', '/api/v1/care/neglected')).json<NeglectedList>();
    expect(neglected.items.find((item) => item.partnerId === critical.id)).toMatchObject({
      reasons: ['never_contacted', 'health_critical'],
      healthScore: 38,
      healthBand: 'critical',
    });
  });
});
