import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { findPrincipalByEmail } from '../institutions/index';
import { createDemoWorkPlan } from '../work-plans/index';
import { createDemoEvaluation } from './index';

describeEachDatabase('demo evaluation of the knitted-bag partnership', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('records both parts, the decision to continue with changes and the 2027 plan with the notes', async () => {
    const { institutionId } = await createInstitutionFixture(t);
    const { email, userId } = await createUserFixture(t, institutionId, 'manager', { name: 'Siti Rahmah' });
    const session = await logInAs(t, email);
    const partner = await createPartnerVia(session, { name: 'Bengkel Rajut Hj. Rusmini' });
    const partnership = await createPartnershipVia(session, [partner.id], {
      enteredAt: { stage: 'monitoring_evaluation', reason: 'Demo: kegiatan 2026 sudah berjalan' },
    });
    const manager = (await findPrincipalByEmail(t.deps.db, email))!;
    await createDemoWorkPlan(t.deps, manager, partnership.id, {
      name: 'Hj. Rusmini',
      position: 'Pemilik Bengkel Rajut',
    });

    const id = await createDemoEvaluation(t.deps, { institutionId, partnershipId: partnership.id, userId });

    const evaluation = await session.request('GET', `/api/v1/evaluations/${id}`);
    expect(evaluation.json()).toMatchObject({
      cycleYear: 2026,
      decision: 'continue_with_changes',
      partnershipStage: 'follow_up',
      institutionPartFilled: true,
      partnerPart: { respondentName: 'Hj. Rusmini', satisfaction: 4 },
    });
    expect(evaluation.json().improvements).toHaveLength(3);
    expect(evaluation.json().followUpRows).toHaveLength(3);
    const notes = await t.deps.db
      .selectFrom('work_plan_items')
      .select('evaluation_note')
      .where('work_plan_id', '=', evaluation.json().nextWorkPlanId)
      .orderBy('position')
      .execute();
    expect(notes.map((row) => row.evaluation_note)).toEqual(
      evaluation.json().items.map((item: { note: string }) => item.note),
    );
    expect(notes[0]!.evaluation_note).toContain('materi finishing');
  });
});
