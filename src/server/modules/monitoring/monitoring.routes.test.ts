import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DeviationList, PartnershipMonitoring } from '../../../shared/contracts/monitoring';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import {
  insertActivityRow,
  insertEvidenceRow,
  setPartnershipStage,
  updateActivityRow,
} from '../../../../tests/factories/monitoring';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createWorkPlanVia, workPlanItemBody } from '../../../../tests/factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('monitoring deviations (guide step 9)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    // The clock jumps months ahead; sessions stay valid so each step reads as the same user.
    t = await createTestApp(dialect, {
      config: { sessionIdleMinutes: 525_600, sessionAbsoluteHours: 8_760 },
    });
    t.clock.set(new Date('2026-02-10T01:00:00.000Z'));
    // Both institutions are in WITA (UTC+8), the fixtures' default.
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  /** A partnership whose plan has one knitting course, 2 March – 30 April 2026, 20 learners. */
  async function plannedPartnership(session: Session, name = 'PKW Tas Rajut 2026') {
    const partner = await createPartnerVia(session);
    const partnership = await createPartnershipVia(session, [partner.id], { name });
    const plan = await createWorkPlanVia(session, partnership.id, { items: [workPlanItemBody()] });
    return { partnershipId: partnership.id, itemId: plan.items[0]!.id };
  }

  async function monitoringOf(session: Session, partnershipId: string): Promise<PartnershipMonitoring> {
    const response = await session.request('GET', `/api/v1/partnerships/${partnershipId}/monitoring`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  const summary = (m: PartnershipMonitoring) =>
    m.deviations.map((d) => [d.kind, d.severity, d.daysLate ?? d.party ?? d.expected]);

  it('raises, clears and changes deviations as the institution’s day moves and activities change', async () => {
    const { partnershipId, itemId } = await plannedPartnership(manager);
    const key = { institutionId: manager.institutionId, partnershipId, workPlanItemId: itemId };

    // 23:30 WITA on the start day: not late yet.
    t.clock.set(new Date('2026-03-02T15:30:00.000Z'));
    let monitoring = await monitoringOf(manager, partnershipId);
    expect(monitoring.today).toBe('2026-03-02');
    expect(monitoring.timeZone).toBe('WITA');
    expect(monitoring.deviations).toEqual([]);

    // 00:10 WITA the next day (still 2 March in UTC): one day late.
    t.clock.set(new Date('2026-03-02T16:10:00.000Z'));
    monitoring = await monitoringOf(manager, partnershipId);
    expect(monitoring.today).toBe('2026-03-03');
    expect(monitoring.deviations).toEqual([
      expect.objectContaining({
        kind: 'not_started',
        severity: 'low',
        daysLate: 1,
        itemId,
        itemActivity: 'Pelatihan merajut tas',
      }),
    ]);
    expect(monitoring.progress.counts).toMatchObject({ items: 1, notStarted: 1, done: 0 });

    const activityId = await insertActivityRow(t.deps.db, key, {
      startedOn: '2026-03-03',
      actualQuantity: 0,
    });
    monitoring = await monitoringOf(manager, partnershipId);
    // Started, but a sixtieth of the target (0.33 learners) is already expected.
    expect(summary(monitoring)).toEqual([['indicator_behind', 'low', 0.33]]);
    expect(monitoring.deviations[0]).toMatchObject({ actual: 0, unit: 'orang' });

    await updateActivityRow(t.deps.db, activityId, { actualQuantity: 10 });
    monitoring = await monitoringOf(manager, partnershipId);
    expect(monitoring.deviations).toEqual([]);
    expect(monitoring.progress).toMatchObject({ targetTotal: 20, actualTotal: 10 });

    // Five days past the end, with half the learners trained and nothing spent.
    t.clock.set(new Date('2026-05-05T02:00:00.000Z'));
    monitoring = await monitoringOf(manager, partnershipId);
    expect(summary(monitoring)).toEqual([
      ['indicator_behind', 'high', 20],
      ['contribution_behind', 'high', 'institution'],
      ['contribution_behind', 'high', 'partner'],
      ['overdue', 'low', 5],
    ]);
    expect(monitoring.deviations[1]).toMatchObject({ plannedRupiah: 7_500_000, spentRupiah: 0 });

    await updateActivityRow(t.deps.db, activityId, {
      status: 'done',
      endedOn: '2026-04-30',
      actualQuantity: 20,
    });
    await t.deps.db
      .updateTable('activities')
      .set({ institution_spent_rupiah: 7_500_000, partner_spent_rupiah: 7_000_000 })
      .where('id', '=', activityId)
      .execute();
    monitoring = await monitoringOf(manager, partnershipId);
    expect(summary(monitoring)).toEqual([['evidence_missing', 'low', 5]]);
    expect(monitoring.deviations[0]).toMatchObject({
      activityId,
      activityTitle: 'Pelatihan merajut tas angkatan 1',
    });

    await insertEvidenceRow(t.deps.db, manager.institutionId, activityId);
    monitoring = await monitoringOf(manager, partnershipId);
    expect(monitoring.deviations).toEqual([]);
    expect(monitoring.progress.counts).toMatchObject({ items: 1, done: 1 });
  });

  it('lists deviations across the institution’s running partnerships only, filtered by severity', async () => {
    t.clock.set(new Date('2026-04-10T02:00:00.000Z'));
    const late = await plannedPartnership(manager, 'PKW Tas Rajut Angkatan Dua');
    const drafting = await plannedPartnership(manager, 'PKW Bordir Masih Perencanaan');
    const foreign = await plannedPartnership(outsider, 'Kemitraan Lembaga Lain');
    await setPartnershipStage(t.deps.db, late.partnershipId, 'implementation');
    await setPartnershipStage(t.deps.db, foreign.partnershipId, 'implementation');

    const response = await manager.request('GET', '/api/v1/monitoring/deviations');
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json<DeviationList>();
    expect(list.today).toBe('2026-04-10');
    const partnershipIds = new Set(list.items.map((d) => d.partnership.id));
    expect(partnershipIds.has(late.partnershipId)).toBe(true);
    expect(partnershipIds.has(drafting.partnershipId)).toBe(false);
    expect(partnershipIds.has(foreign.partnershipId)).toBe(false);
    expect(list.items.find((d) => d.partnership.id === late.partnershipId)).toMatchObject({
      kind: 'not_started',
      severity: 'high',
      daysLate: 39,
      partnership: { name: 'PKW Tas Rajut Angkatan Dua', stage: 'implementation' },
    });
    const ranks = list.items.map((d) => ['high', 'medium', 'low'].indexOf(d.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const low = await manager.request('GET', '/api/v1/monitoring/deviations?severity=low');
    expect(low.json<DeviationList>().items.every((d) => d.severity === 'low')).toBe(true);
    expect(low.json<DeviationList>().items.some((d) => d.partnership.id === late.partnershipId)).toBe(false);

    const onlyOne = await manager.request(
      'GET',
      `/api/v1/monitoring/deviations?partnershipId=${late.partnershipId}`,
    );
    expect(onlyOne.json<DeviationList>().items.map((d) => d.partnership.id)).toEqual([late.partnershipId]);
    const theirs = await manager.request(
      'GET',
      `/api/v1/monitoring/deviations?partnershipId=${foreign.partnershipId}`,
    );
    expect(theirs.json<DeviationList>().items).toEqual([]);

    const bad = await manager.request('GET', '/api/v1/monitoring/deviations?severity=urgent');
    expect(bad.statusCode).toBe(400);
  });

  it('answers 404 for another institution’s partnership', async () => {
    const foreign = await plannedPartnership(outsider);
    const response = await manager.request('GET', `/api/v1/partnerships/${foreign.partnershipId}/monitoring`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'PARTNERSHIP_NOT_FOUND' } });
  });
});
