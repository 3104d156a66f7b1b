import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import {
  createWorkPlanVia,
  placementItemBody,
  workPlanBody,
  workPlanItemBody,
} from '../../../../tests/factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { countWorkPlanItemsOfPartnership, findAgreedWorkPlan } from './index';

describeEachDatabase('joint work plans (guide step 5)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-02-10T01:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function newPartnership(session: Session = manager) {
    const partner = await createPartnerVia(session);
    return createPartnershipVia(session, [partner.id]);
  }

  async function count(table: 'work_plans' | 'work_plan_items' | 'audit_events'): Promise<number> {
    const row = await t.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  const written = async () => ({
    plans: await count('work_plans'),
    items: await count('work_plan_items'),
    audit: await count('audit_events'),
  });

  async function auditRows(entityId: string) {
    return t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after_json', 'actor_user_id'])
      .where('entity_id', '=', entityId)
      .orderBy('sequence')
      .execute();
  }

  it('creates a plan with items, totals and the rights and obligations the agreement will carry', async () => {
    const partnership = await newPartnership();
    const created = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnership.id}/work-plans`,
      workPlanBody({ items: [workPlanItemBody(), placementItemBody()] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({
      partnershipId: partnership.id,
      cycleYear: 2026,
      status: 'draft',
      itemCount: 2,
      version: 1,
      totals: { budgetRupiah: 15_000_000, contributions: { institution: 7_500_000, partner: 7_500_000 } },
    });
    expect(plan.items.map((item: { activity: string }) => item.activity)).toEqual([
      'Pelatihan merajut tas',
      'Penempatan lulusan di rumah produksi',
    ]);
    expect(plan.items[0].id).toEqual(expect.any(String));
    expect(plan.rightsAndObligations.institution.obligations).toContain(
      'Menyediakan biaya sebesar Rp7.500.000,00 (tujuh juta lima ratus ribu rupiah) untuk kegiatan Pelatihan merajut tas.',
    );
    expect(plan.rightsAndObligations.partner.obligations).toContainEqual(
      expect.stringMatching(
        /^Melaksanakan kegiatan Penempatan lulusan di rumah produksi \(penanggung jawab: Hj\. Rusmini\)/,
      ),
    );

    const read = await manager.request('GET', `/api/v1/work-plans/${plan.id}`);
    expect(read.json()).toEqual(plan);
    const list = await manager.request('GET', `/api/v1/partnerships/${partnership.id}/work-plans`);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: plan.id, itemCount: 2, status: 'draft', cycleYear: 2026 }),
    ]);
    expect((await auditRows(plan.id)).map((row) => row.action)).toEqual(['work_plan.created']);
    expect(await countWorkPlanItemsOfPartnership(t.deps.db, manager.institutionId, partnership.id)).toBe(2);

    const second = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnership.id}/work-plans`,
      workPlanBody({ items: [] }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'WORK_PLAN_EXISTS', details: { workPlanId: plan.id } });
  });

  it('starts next year from last year: items copied with their dates a year on (29 February kept in range)', async () => {
    const partnership = await newPartnership();
    const last = await createWorkPlanVia(manager, partnership.id, {
      cycleYear: 2028,
      items: [workPlanItemBody({ startsOn: '2028-02-29', endsOn: '2028-03-31' })],
    });
    const next = await manager.request('POST', `/api/v1/partnerships/${partnership.id}/work-plans`, {
      cycleYear: 2029,
      title: 'Rencana Kerja Bersama 2029',
      copyFromWorkPlanId: last.id,
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().items).toMatchObject([
      { activity: 'Pelatihan merajut tas', startsOn: '2029-02-28', endsOn: '2029-03-31' },
    ]);
    const list = await manager.request('GET', `/api/v1/partnerships/${partnership.id}/work-plans`);
    expect(list.json().items.map((p: { cycleYear: number }) => p.cycleYear)).toEqual([2029, 2028]);

    // A plan of another partnership is not a source.
    const other = await newPartnership();
    const foreignCopy = await manager.request('POST', `/api/v1/partnerships/${other.id}/work-plans`, {
      cycleYear: 2029,
      title: 'Salinan dari kemitraan lain',
      copyFromWorkPlanId: last.id,
    });
    expect(foreignCopy.statusCode).toBe(404);
    expect(foreignCopy.json().error.code).toBe('WORK_PLAN_NOT_FOUND');
  });

  it('refuses a bad item with a coded 422 naming it, and writes nothing', async () => {
    const partnership = await newPartnership();
    const plan = await createWorkPlanVia(manager, partnership.id);
    const before = await written();

    const endBeforeStart = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: 1,
      items: [workPlanItemBody(), placementItemBody(), workPlanItemBody({ endsOn: '2026-03-01' })],
    });
    expect(endBeforeStart.statusCode).toBe(422);
    expect(endBeforeStart.json().error).toMatchObject({
      code: 'WORK_PLAN_PERIOD_INVALID',
      details: { problems: [{ path: 'items.2.endsOn', code: 'WORK_PLAN_PERIOD_INVALID' }] },
    });

    const overBudget = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: 1,
      items: [workPlanItemBody({ contributions: { institution: 10_000_000, partner: 6_000_000 } })],
    });
    expect(overBudget.statusCode).toBe(422);
    expect(overBudget.json().error).toMatchObject({
      code: 'WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET',
      details: { problems: [{ path: 'items.0.contributions' }] },
    });

    const onCreate = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnership.id}/work-plans`,
      workPlanBody({ cycleYear: 2027, items: [workPlanItemBody({ endsOn: '2026-01-01' })] }),
    );
    expect(onCreate.statusCode).toBe(422);
    expect(onCreate.json().error.details.problems[0].path).toBe('items.0.endsOn');

    const shapeless = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: 1,
      items: [{ ...workPlanItemBody(), budgetRupiah: -5 }],
    });
    expect(shapeless.statusCode).toBe(400);
    expect(shapeless.json().error.code).toBe('VALIDATION_FAILED');

    expect(await written()).toEqual(before);
    const stored = await manager.request('GET', `/api/v1/work-plans/${plan.id}`);
    expect(stored.json()).toMatchObject({ version: 1, itemCount: 1 });
  });

  it('replaces items with the version read; a stale version is 409', async () => {
    const partnership = await newPartnership();
    const plan = await createWorkPlanVia(manager, partnership.id);
    const replaced = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: 1,
      items: [placementItemBody(), workPlanItemBody({ budgetRupiah: 20_000_000 })],
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({
      version: 2,
      status: 'draft',
      itemCount: 2,
      totals: { budgetRupiah: 20_000_000 },
    });
    expect(replaced.json().items[0].activity).toBe('Penempatan lulusan di rumah produksi');

    const stale = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: 1,
      items: [],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });

    const renamed = await manager.request('PATCH', `/api/v1/work-plans/${plan.id}`, {
      version: 2,
      title: 'Rencana Kerja PKW 2026 (revisi)',
    });
    expect(renamed.json()).toMatchObject({ version: 3, title: 'Rencana Kerja PKW 2026 (revisi)' });
    expect((await auditRows(plan.id)).map((row) => row.action)).toEqual([
      'work_plan.created',
      'work_plan.items_replaced',
      'work_plan.updated',
    ]);
  });

  it('deletes only a draft, with the version read; a plan under review stays', async () => {
    const partnership = await newPartnership();
    const draft = await createWorkPlanVia(manager, partnership.id, { cycleYear: 2030 });
    expect((await manager.request('DELETE', `/api/v1/work-plans/${draft.id}?version=7`)).statusCode).toBe(
      409,
    );
    const removed = await manager.request('DELETE', `/api/v1/work-plans/${draft.id}?version=1`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await manager.request('GET', `/api/v1/work-plans/${draft.id}`)).statusCode).toBe(404);
    expect(
      await t.deps.db
        .selectFrom('work_plan_items')
        .select('id')
        .where('work_plan_id', '=', draft.id)
        .execute(),
    ).toEqual([]);

    const sent = await createWorkPlanVia(manager, partnership.id, { cycleYear: 2031 });
    const link = await manager.request('POST', `/api/v1/work-plans/${sent.id}/review-links`, {});
    expect(link.json().workPlan.status).toBe('in_review');
    const refused = await manager.request('DELETE', `/api/v1/work-plans/${sent.id}?version=2`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('WORK_PLAN_APPROVED');
  });

  it('refuses a review link for an empty plan', async () => {
    const partnership = await newPartnership();
    const empty = await createWorkPlanVia(manager, partnership.id, { items: [] });
    const response = await manager.request('POST', `/api/v1/work-plans/${empty.id}/review-links`, {});
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('WORK_PLAN_EMPTY');
  });

  it("answers another institution's plan and partnership exactly like missing ones", async () => {
    const partnership = await newPartnership();
    const plan = await createWorkPlanVia(manager, partnership.id);
    const missing = '01900000-0000-7000-8000-0000000000ff';
    for (const [method, url, body] of [
      ['GET', `/api/v1/work-plans/${plan.id}`, undefined],
      ['PUT', `/api/v1/work-plans/${plan.id}/items`, { version: 1, items: [] }],
      ['POST', `/api/v1/work-plans/${plan.id}/review-links`, {}],
    ] as const) {
      const foreign = await outsider.request(method, url, body);
      const absent = await outsider.request(method, url.replace(plan.id, missing), body);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.code).toBe('WORK_PLAN_NOT_FOUND');
      expect(absent.json().error.code).toBe('WORK_PLAN_NOT_FOUND');
    }
    const foreignCreate = await outsider.request(
      'POST',
      `/api/v1/partnerships/${partnership.id}/work-plans`,
      workPlanBody({ cycleYear: 2040 }),
    );
    expect(foreignCreate.statusCode).toBe(404);
    expect(foreignCreate.json().error.code).toBe('PARTNERSHIP_NOT_FOUND');
    expect(await findAgreedWorkPlan(t.deps.db, outsider.institutionId, partnership.id)).toBeNull();
  });

  it('gives the agreements module the approved plan, else the newest', async () => {
    const partnership = await newPartnership();
    expect(await findAgreedWorkPlan(t.deps.db, manager.institutionId, partnership.id)).toBeNull();
    const older = await createWorkPlanVia(manager, partnership.id, { cycleYear: 2025 });
    const newer = await createWorkPlanVia(manager, partnership.id, {
      cycleYear: 2026,
      items: [placementItemBody()],
    });
    expect(await findAgreedWorkPlan(t.deps.db, manager.institutionId, partnership.id)).toMatchObject({
      id: newer.id,
      status: 'draft',
    });
    await t.deps.db
      .updateTable('work_plans')
      .set({ status: 'approved' })
      .where('id', '=', older.id)
      .execute();
    const agreed = await findAgreedWorkPlan(t.deps.db, manager.institutionId, partnership.id);
    expect(agreed).toMatchObject({ id: older.id, cycleYear: 2025, status: 'approved' });
    expect(agreed!.items).toEqual([
      expect.objectContaining({ activity: 'Pelatihan merajut tas', budgetRupiah: 15_000_000 }),
    ]);
    expect(agreed!.items[0]).not.toHaveProperty('id');
  });
});
