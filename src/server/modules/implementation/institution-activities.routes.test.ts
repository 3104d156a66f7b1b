import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstitutionActivityPage } from '../../../shared/contracts/institution-activities';
import { insertActivityRow } from '../../../../tests/factories/activity-rows';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createWorkPlanVia, workPlanItemBody } from '../../../../tests/factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('the institution-wide activity list (GET /activities)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;
  let partnershipId: string;
  let otherPartnershipId: string;
  let outsiderActivity: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // 2026-03-10 09:00 in WITA: an item due 2026-03-09 is overdue, one due today is not.
    t.clock.set(new Date('2026-03-10T01:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
    const partner = await createPartnerVia(manager, { name: 'CV Rajut Banjar' });
    const partnership = await createPartnershipVia(manager, [partner.id]);
    partnershipId = partnership.id;
    const plan = await createWorkPlanVia(manager, partnershipId, {
      items: [
        workPlanItemBody({ activity: 'Batch Februari', startsOn: '2026-02-02', endsOn: '2026-02-28' }),
        workPlanItemBody({ activity: 'Magang', startsOn: '2026-03-02', endsOn: '2026-03-09' }),
        workPlanItemBody({ activity: 'Ujian', startsOn: '2026-03-02', endsOn: '2026-03-10' }),
      ],
    });
    const [february, internship, exam] = plan.items as [
      (typeof plan.items)[number],
      (typeof plan.items)[number],
      (typeof plan.items)[number],
    ];
    const key = { institutionId: manager.institutionId, partnershipId };
    const planned = (item: { id: string }) => ({ workPlanId: plan.id, workPlanItemId: item.id });
    ids.onTime = await insertActivityRow(t.deps.db, key, {
      ...planned(february),
      title: 'Pelatihan tepat waktu',
      status: 'done',
      endedOn: '2026-02-28',
      actualQuantity: 10,
      outcomeKind: 'learners_trained',
    });
    ids.late = await insertActivityRow(t.deps.db, key, {
      ...planned(february),
      title: 'Pelatihan terlambat',
      status: 'done',
      endedOn: '2026-03-01',
      actualQuantity: 5,
      outcomeKind: 'learners_trained',
    });
    ids.overdue = await insertActivityRow(t.deps.db, key, {
      ...planned(internship),
      title: 'Magang belum selesai',
      status: 'in_progress',
      actualQuantity: 2,
      outcomeKind: 'graduates_hired',
    });
    ids.notDue = await insertActivityRow(t.deps.db, key, {
      ...planned(exam),
      title: 'Ujian hari ini',
      status: 'planned',
    });
    ids.cancelled = await insertActivityRow(t.deps.db, key, {
      ...planned(internship),
      title: 'Magang dibatalkan',
      status: 'cancelled',
    });
    ids.doneUndated = await insertActivityRow(t.deps.db, key, {
      ...planned(exam),
      title: 'Selesai tanpa tanggal',
      status: 'done',
    });
    const otherPartner = await createPartnerVia(manager, { name: 'PT Sasirangan' });
    otherPartnershipId = (await createPartnershipVia(manager, [otherPartner.id])).id;
    ids.unplanned = await insertActivityRow(
      t.deps.db,
      { institutionId: manager.institutionId, partnershipId: otherPartnershipId },
      {
        title: 'Kunjungan industri',
        status: 'done',
        endedOn: '2026-01-31',
        actualQuantity: 7,
        outcomeKind: 'learners_trained',
      },
    );
    const theirPartnership = await createPartnershipVia(outsider, [(await createPartnerVia(outsider)).id]);
    outsiderActivity = await insertActivityRow(
      t.deps.db,
      { institutionId: outsider.institutionId, partnershipId: theirPartnership.id },
      { title: 'Pelatihan lembaga lain', status: 'done', endedOn: '2026-03-01', actualQuantity: 99 },
    );
  });
  afterAll(() => t.close());

  async function list(session: Session, query: string): Promise<InstitutionActivityPage> {
    const response = await session.request('GET', `/api/v1/activities?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<InstitutionActivityPage>();
  }
  const idsOf = (page: InstitutionActivityPage) => page.items.map((item) => item.id).sort();
  const sorted = (...names: string[]) => names.map((name) => ids[name]!).sort();

  it('classifies each activity once, by the shared timeliness rule in the institution’s day', async () => {
    expect(idsOf(await list(manager, 'timeliness=on_time'))).toEqual(sorted('onTime'));
    expect(idsOf(await list(manager, 'timeliness=late'))).toEqual(sorted('late'));
    expect(idsOf(await list(manager, 'timeliness=overdue'))).toEqual(sorted('overdue'));
    expect(idsOf(await list(manager, 'timeliness=unplanned'))).toEqual(sorted('unplanned'));
    const all = await list(manager, 'limit=200');
    const byId = new Map(all.items.map((item) => [item.id, item]));
    expect(byId.get(ids.notDue!)?.timeliness).toBeNull();
    expect(byId.get(ids.cancelled!)?.timeliness).toBeNull();
    expect(byId.get(ids.doneUndated!)?.timeliness).toBeNull();
    expect(byId.get(ids.late!)).toMatchObject({
      title: 'Pelatihan terlambat',
      status: 'done',
      partnership: { id: partnershipId },
      partnerNames: ['CV Rajut Banjar'],
      plannedEnd: '2026-02-28',
      endedOn: '2026-03-01',
      actualQuantity: 5,
      outcomeKind: 'learners_trained',
      timeliness: 'late',
      evidenceCount: 0,
    });
    expect(byId.get(ids.unplanned!)?.plannedEnd).toBeNull();
    expect(all.total).toBe(7);
  });

  it('places an activity in the months of its reference date, the first and last days included', async () => {
    expect(idsOf(await list(manager, 'from=2026-02&to=2026-02'))).toEqual(sorted('onTime'));
    expect(idsOf(await list(manager, 'from=2026-03&to=2026-03'))).toEqual(
      sorted('late', 'overdue', 'notDue'),
    );
    expect(idsOf(await list(manager, 'from=2026-01&to=2026-02'))).toEqual(sorted('onTime', 'unplanned'));
    expect(idsOf(await list(manager, 'from=2026-03'))).toEqual(sorted('late', 'overdue', 'notDue'));
    expect(idsOf(await list(manager, 'to=2026-01'))).toEqual(sorted('unplanned'));
    expect(idsOf(await list(manager, 'timeliness=late&from=2026-02&to=2026-02'))).toEqual([]);
    expect(idsOf(await list(manager, 'from=2025-01&to=2025-12'))).toEqual([]);
  });

  it('adds up the actual values of an outcome across every page', async () => {
    const period = await list(
      manager,
      'status=done&outcomeKind=learners_trained&from=2026-02&to=2026-03&limit=1',
    );
    expect(period.total).toBe(2);
    expect(period.actualQuantityTotal).toBe(15);
    expect(period.items).toHaveLength(1);
    const always = await list(manager, 'status=done&outcomeKind=learners_trained');
    expect(idsOf(always)).toEqual(sorted('onTime', 'late', 'unplanned'));
    expect(always.actualQuantityTotal).toBe(22);
    expect((await list(manager, 'outcomeKind=graduates_hired')).actualQuantityTotal).toBe(2);
  });

  it('pages with a cursor, newest reference date first, each activity once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: InstitutionActivityPage = await list(
        manager,
        `limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.total).toBe(7);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect([...seen].sort()).toEqual(Object.values(ids).sort());
    expect(seen.slice(0, 3)).toEqual([ids.notDue, ids.overdue, ids.late]);
  });

  it('filters by partnership, partner and words', async () => {
    expect(idsOf(await list(manager, `partnershipId=${otherPartnershipId}`))).toEqual(sorted('unplanned'));
    const partnerPage = await list(manager, `q=${encodeURIComponent('magang')}`);
    expect(idsOf(partnerPage)).toEqual(sorted('overdue', 'cancelled'));
    expect(idsOf(await list(manager, 'status=cancelled'))).toEqual(sorted('cancelled'));
  });

  it("never lists another institution's activities", async () => {
    const mine = await list(manager, 'limit=200');
    expect(mine.items.map((item) => item.id)).not.toContain(outsiderActivity);
    expect(idsOf(await list(outsider, 'limit=200'))).toEqual([outsiderActivity]);
    expect(idsOf(await list(manager, `partnershipId=${otherPartnershipId}`))).not.toContain(outsiderActivity);
  });

  describe('refuses what it cannot read', () => {
    // A month or period is a coded 422; any other malformed field is the app's usual 400 VALIDATION_FAILED.
    it.each([
      ['from=2026-04&to=2026-03', 422, 'PERIOD_REVERSED'],
      ['from=2026-13', 422, 'MONTH_FORMAT'],
      ['to=2026-3', 422, 'MONTH_FORMAT'],
      ['timeliness=soon', 400, 'timeliness'],
      ['outcomeKind=money', 400, 'outcomeKind'],
      ['cursor=not-a-cursor', 400, 'INVALID_CURSOR'],
    ])('%s → %i', async (query, status, detail) => {
      const response = await manager.request('GET', `/api/v1/activities?${query}`);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.body).toContain(detail);
    });
  });
});
