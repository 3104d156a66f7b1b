import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../shared/contracts/reports';
import { buildDashboardWorld } from '../../../../tests/factories/dashboard-world';
import { createActivityVia } from '../../../../tests/factories/activities';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, logInAs, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { sql, type KyselyPlugin } from 'kysely';
import { findInstitutionTimeZone } from '../institutions/index';
import { readInstitutionRollups, refreshStaleRollups } from './index';
import { refreshRollupIfStale, rollupSweepLockKey, sweepStaleRollups } from './refresh-rollups';

describeEachDatabase('GET /reports/dashboard', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let other: Session;
  let adminEmail: string;
  let world: Awaited<ReturnType<typeof buildDashboardWorld>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-11-10T01:00:00.000Z'));
    const mine = await createInstitutionFixture(t, { name: 'LKP Tas Rajut Banjarbaru' });
    const theirs = await createInstitutionFixture(t, { name: 'LKP Menjahit Martapura', regionCode: '63.03' });
    // Another institution's records must never count here.
    await createPartnerVia(await logInAs(t, theirs.adminEmail), { category: 'business' });
    world = await buildDashboardWorld(t, mine.adminEmail);
    admin = world.admin;
    other = await logInAs(t, theirs.adminEmail);
    adminEmail = mine.adminEmail;
  }, 120_000);
  afterAll(async () => t?.close());

  async function dashboard(query = '', session = admin): Promise<Dashboard> {
    const response = await session.request('GET', `/api/v1/reports/dashboard${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Dashboard>();
  }

  async function listCount(path: string): Promise<number> {
    const response = await admin.request('GET', `/api/v1${path}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ items: unknown[]; total?: number | null }>();
    return body.total ?? body.items.length;
  }

  it('answers every figure of the built institution for the default period', async () => {
    const d = await dashboard();
    expect(d.period).toEqual({ from: '2026-01', to: '2026-11' });
    expect(d.partners.total).toBe(3);
    expect(d.partners.byCategory).toEqual([
      { key: 'business', count: 2 },
      { key: 'cooperative', count: 1 },
    ]);
    expect(d.partners.byStage).toEqual([
      { key: 'implementation', count: 1 },
      { key: 'not_pursued', count: 1 },
    ]);
    expect(d.partners.byPattern).toEqual([
      { key: 'foster', count: 1 },
      { key: 'general_trade', count: 1 },
    ]);
    expect(d.partners.byRegion).toEqual([
      { code: '63.72', name: expect.any(String), count: 2 },
      { code: '63.71', name: expect.any(String), count: 1 },
    ]);
    expect(d.partners.byRegion[0]!.name).toMatch(/Banjarbaru/);
    // Health and neglect are care's assessment: the figures equal its lists.
    for (const band of d.partners.byHealth) {
      expect(band.count, band.key).toBe(await listCount(`/partners?health=${band.key}`));
    }
    expect(d.partners.byHealth.reduce((sum, band) => sum + band.count, 0)).toBe(3);
    expect(d.partners.neglected).toBe(await listCount('/care/neglected'));

    const funnel = new Map(d.funnel.map((step) => [step.stage, step]));
    expect(d.funnel.map((step) => step.reached)).toEqual([2, 2, 2, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect(funnel.get('mapping')!.conversion).toBeNull();
    expect(funnel.get('information_gathering')!.conversion).toBe(1);
    expect(funnel.get('exploration')!.conversion).toBe(0.5);
    expect(funnel.get('monitoring_evaluation')!.conversion).toBe(0);
    expect(funnel.get('improvement')!.conversion).toBeNull();
    expect(funnel.get('mapping')!.averageDaysInStage).toBe(2);
    expect(funnel.get('information_gathering')!.averageDaysInStage).toBe(3);
    expect(funnel.get('analysis')!.averageDaysInStage).toBe(0);
    expect(funnel.get('implementation')!.averageDaysInStage).toBeNull();

    expect(d.agreements).toEqual({ active: 1, expiring: 1, expired: 0 });
    expect(d.activities).toEqual({ onTime: 1, late: 1, overdue: 1, unplanned: 1 });
    const outcomes = Object.fromEntries(d.outcomes.map((o) => [o.kind, o.total]));
    expect(outcomes).toEqual({
      learners_trained: 25,
      graduates_hired: 5,
      graduates_in_business: 0,
      internship_places: 0,
      guest_instructor_hours: 0,
    });
    expect(d.feedback).toEqual({
      answered: 2,
      bySatisfaction: [
        { score: 1, count: 0 },
        { score: 2, count: 1 },
        { score: 3, count: 0 },
        { score: 4, count: 1 },
        { score: 5, count: 0 },
      ],
      averageSatisfaction: 3,
      promoters: 1,
      passives: 0,
      detractors: 1,
      nps: 0,
    });
  });

  it('counts only the months of the asked period', async () => {
    const spring = await dashboard('?from=2026-04&to=2026-08');
    expect(spring.period).toEqual({ from: '2026-04', to: '2026-08' });
    expect(spring.activities).toEqual({ onTime: 1, late: 0, overdue: 1, unplanned: 0 });
    expect(spring.outcomes.find((o) => o.kind === 'learners_trained')!.total).toBe(18);
    expect(spring.feedback.answered).toBe(0);
    expect(spring.feedback.nps).toBeNull();
    // Figures of today do not depend on the period.
    expect(spring.partners.total).toBe(3);
    expect(spring.agreements.active).toBe(1);
    const lastYear = await dashboard('?from=2025-12&to=2025-12');
    expect(lastYear.activities.unplanned).toBe(1);
    expect(lastYear.outcomes.find((o) => o.kind === 'learners_trained')!.total).toBe(4);
    const onlyFrom = await dashboard('?from=2026-10');
    expect(onlyFrom.period).toEqual({ from: '2026-10', to: '2026-11' });
  });

  it('refuses a reversed period and a malformed month with 422', async () => {
    const reversed = await admin.request('GET', '/api/v1/reports/dashboard?from=2026-05&to=2026-04');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().error.code).toBe('PERIOD_REVERSED');
    const malformed = await admin.request('GET', '/api/v1/reports/dashboard?from=2026-13');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.code).toBe('MONTH_FORMAT');
  });

  it('shows a change on the next read, and a new day moves agreements from expiring to expired', async () => {
    const before = await dashboard();
    await createPartnerVia(admin, { category: 'government' });
    await createActivityVia(admin, world.running.id, {
      status: 'done',
      workPlanItemId: null,
      startedOn: '2026-11-02',
      endedOn: '2026-11-03',
      actualQuantity: 3,
      outcomeKind: 'internship_places',
    });
    const after = await dashboard();
    expect(after.partners.total).toBe(before.partners.total + 1);
    expect(after.activities.unplanned).toBe(before.activities.unplanned + 1);
    expect(after.outcomes.find((o) => o.kind === 'internship_places')!.total).toBe(3);
    const now = t.clock.now();
    try {
      // 75 days on the expiring agreement (ends 2027-01-31) has ended; the other is still in force.
      t.clock.set(new Date(now.getTime() + 75 * 86_400_000));
      const later = await dashboard('', await logInAs(t, adminEmail));
      expect(later.agreements).toEqual({ active: 1, expiring: 0, expired: 1 });
      expect(later.computedAt).toBe(t.clock.now().toISOString());
    } finally {
      t.clock.set(now);
    }
  });

  it('refreshes a stale institution in the background sweep, and never counts another institution', async () => {
    await refreshStaleRollups(t.deps);
    expect(await refreshStaleRollups(t.deps)).toBe(0);
    const theirs = await dashboard('', other);
    expect(theirs.partners.total).toBe(1);
    expect(theirs.agreements).toEqual({ active: 0, expiring: 0, expired: 0 });
    expect(theirs.feedback.answered).toBe(0);

    await createPartnerVia(other, { category: 'cooperative' });
    const period = { from: '2026-01', to: '2026-11' };
    const stored = await readInstitutionRollups(
      t.deps.db,
      [other.institutionId, admin.institutionId],
      period,
    );
    expect(stored.get(other.institutionId)!.partners).toBe(1);
    expect(await refreshStaleRollups(t.deps)).toBe(1);
    const fresh = await readInstitutionRollups(t.deps.db, [other.institutionId, admin.institutionId], period);
    expect(fresh.get(other.institutionId)!.partners).toBe(2);
    const mine = fresh.get(admin.institutionId)!;
    expect(mine).toMatchObject({ partners: 4, activeAgreements: 2, expiringAgreements: 1 });
    expect(mine.outcomes.find((o) => o.kind === 'learners_trained')!.total).toBe(25);
    expect(mine.computedAt).not.toBeNull();
  });

  it('sweeps stale institutions in one process at a time (PostgreSQL: a process finding the sweep held skips it)', async () => {
    await refreshStaleRollups(t.deps);
    await createPartnerVia(other, { category: 'business' });
    if (dialect === 'postgres') {
      await t.deps.db.connection().execute(async (elsewhere) => {
        await sql`SELECT pg_advisory_lock(${rollupSweepLockKey})`.execute(elsewhere);
        try {
          expect(await sweepStaleRollups(t.deps)).toBeNull();
        } finally {
          await sql`SELECT pg_advisory_unlock(${rollupSweepLockKey})`.execute(elsewhere);
        }
      });
    }
    expect(await sweepStaleRollups(t.deps)).toBe(1);
    expect(await sweepStaleRollups(t.deps)).toBe(0);
  });

  it('answers reads that arrive together after a change with one recompute, each seeing the change', async () => {
    let recomputes = 0;
    const countingRecomputes: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (node.kind === 'DeleteQueryNode') recomputes += 1;
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    const deps = { ...t.deps, db: t.deps.db.withPlugin(countingRecomputes) };
    const zone = await findInstitutionTimeZone(t.deps.db, admin.institutionId);
    await refreshStaleRollups(t.deps);
    const period = { from: '2026-01', to: '2026-11' };
    const before = (await readInstitutionRollups(t.deps.db, [admin.institutionId], period)).get(
      admin.institutionId,
    )!;

    await createPartnerVia(admin, { category: 'government' });
    const states = await Promise.all(
      Array.from({ length: 6 }, () => refreshRollupIfStale(deps, admin.institutionId, zone)),
    );
    expect(recomputes).toBe(1);
    expect(new Set(states.map((s) => s.computedAt)).size).toBe(1);
    const after = (await readInstitutionRollups(t.deps.db, [admin.institutionId], period)).get(
      admin.institutionId,
    )!;
    expect(after.partners).toBe(before.partners + 1);
    expect((await dashboard()).partners.total).toBe(before.partners + 1);
  });
});

describe('resolvePeriod', () => {
  it('defaults to January of this year through this month', async () => {
    const { resolvePeriod } = await import('./index');
    expect(resolvePeriod({}, '2026-11-29')).toEqual({ from: '2026-01', to: '2026-11' });
    expect(resolvePeriod({ to: '2025-06' }, '2026-11-29')).toEqual({ from: '2025-01', to: '2025-06' });
    expect(resolvePeriod({ from: '2027-02' }, '2026-11-29')).toEqual({ from: '2027-02', to: '2027-02' });
  });
});
