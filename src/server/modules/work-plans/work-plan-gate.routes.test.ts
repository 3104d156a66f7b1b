import { afterAll, beforeAll, expect, it } from 'vitest';
import { partnershipBody } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createWorkPlanVia } from '../../../../tests/factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('the work_plan_exists gate reads the work plans', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function partnershipAtWorkPlanning(): Promise<string> {
    const partner = await createPartnerVia(manager);
    const created = await manager.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([partner.id], {
        enteredAt: { stage: 'work_planning', reason: 'Sudah berjalan sebelum memakai Jalin' },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ id: string }>().id;
  }

  const moveToAgreement = (id: string) =>
    manager.request('POST', `/api/v1/partnerships/${id}/transitions`, { to: 'agreement' });

  it('refuses with an empty plan and allows the move once the plan has an item', async () => {
    const id = await partnershipAtWorkPlanning();
    const plan = await createWorkPlanVia(manager, id, { items: [] });
    const refused = await moveToAgreement(id);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.details.gate).toBe('work_plan_exists');

    const withItems = await createWorkPlanVia(manager, id, { cycleYear: 2027 });
    expect(withItems.id).not.toBe(plan.id);
    const moved = await moveToAgreement(id);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stage).toBe('agreement');
  });

  it("another partnership's plan does not open the gate", async () => {
    const withPlan = await partnershipAtWorkPlanning();
    await createWorkPlanVia(manager, withPlan);
    const without = await partnershipAtWorkPlanning();
    expect((await moveToAgreement(without)).statusCode).toBe(409);
  });
});
