import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgreementVia } from '../../../../tests/factories/agreements';
import {
  createEvaluationVia,
  evaluatedPartnershipVia,
  institutionPartBody,
} from '../../../../tests/factories/evaluations';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Agreement } from '../../../shared/contracts/agreements';
import type { Evaluation, FollowUpResult } from '../../../shared/contracts/evaluations';

const now = new Date('2026-11-20T02:00:00.000Z');

describeEachDatabase('evaluation decision and follow-up (steps 10–11)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let facilitator: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    manager = await signedInInstitution(t, 'manager');
    const user = await createUserFixture(t, manager.institutionId, 'facilitator');
    facilitator = await logInAs(t, user.email);
  });
  afterAll(() => t.close());

  async function rowsOf(evaluation: { id: string }, partnershipId: string) {
    const db = t.deps.db;
    return JSON.stringify({
      evaluation: await db.selectFrom('evaluations').selectAll().where('id', '=', evaluation.id).execute(),
      partnership: await db.selectFrom('partnerships').selectAll().where('id', '=', partnershipId).execute(),
      events: await db
        .selectFrom('partnership_stage_events')
        .selectAll()
        .where('partnership_id', '=', partnershipId)
        .orderBy('id')
        .execute(),
      plans: await db
        .selectFrom('work_plans')
        .select('id')
        .where('partnership_id', '=', partnershipId)
        .execute(),
      agreements: await db
        .selectFrom('agreements')
        .select('id')
        .where('partnership_id', '=', partnershipId)
        .execute(),
      audit: (await db.selectFrom('audit_events').select('id').execute()).length,
    });
  }

  /** An evaluation of the 2026 plan with the institution's part filled and a note on each item. */
  async function filledEvaluation(notes = ['Tambah materi finishing', 'Mulai magang lebih awal']) {
    const { partner, partnership, plan } = await evaluatedPartnershipVia(manager);
    const created = await createEvaluationVia(manager, partnership.id, 2026);
    const filled = await manager.request(
      'PATCH',
      `/api/v1/evaluations/${created.id}`,
      institutionPartBody(created, notes),
    );
    if (filled.statusCode !== 200) throw new Error(filled.body);
    return { partner, partnership, plan, evaluation: filled.json<Evaluation>() };
  }

  const decide = (session: Session, evaluation: Evaluation, body: Record<string, unknown>) =>
    session.request('POST', `/api/v1/evaluations/${evaluation.id}/decision`, {
      version: evaluation.version,
      ...body,
    });

  it('refuses a decision without a reason, before the part is filled, or by a facilitator, writing nothing', async () => {
    const { partnership, plan } = await evaluatedPartnershipVia(manager);
    const empty = await createEvaluationVia(manager, partnership.id, 2026);
    const before = await rowsOf(empty, partnership.id);
    for (const reason of [undefined, '', '   ']) {
      const refused = await decide(manager, empty, {
        decision: 'continue',
        ...(reason === undefined ? {} : { reason }),
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe('DECISION_REASON_REQUIRED');
    }
    const incomplete = await decide(manager, empty, { decision: 'continue', reason: 'Hasil baik' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.code).toBe('EVALUATION_INCOMPLETE');
    const byFacilitator = await decide(facilitator, empty, { decision: 'continue', reason: 'Hasil baik' });
    expect(byFacilitator.statusCode).toBe(403);
    expect(await rowsOf(empty, partnership.id)).toBe(before);
    expect(plan.cycleYear).toBe(2026);
  });

  it("the gates read the evaluation: improvement needs the institution's part, follow-up a decision to continue", async () => {
    const { partnership } = await evaluatedPartnershipVia(manager);
    const created = await createEvaluationVia(manager, partnership.id, 2026);
    const move = (to: string) =>
      manager.request('POST', `/api/v1/partnerships/${partnership.id}/transitions`, { to });
    const early = await move('improvement');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'evaluation_recorded' },
    });
    await manager.request('PATCH', `/api/v1/evaluations/${created.id}`, institutionPartBody(created));
    expect((await move('improvement')).statusCode).toBe(200);
    const undecided = await move('follow_up');
    expect(undecided.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'continue_decision' },
    });
  });

  it('continuing with changes moves the stage twice, leads to next year’s plan with the notes and an addendum', async () => {
    const { partner, partnership, plan, evaluation } = await filledEvaluation();
    const improvements = await manager.request('PUT', `/api/v1/evaluations/${evaluation.id}/improvements`, {
      version: evaluation.version,
      improvements: [{ improvement: 'Magang dimulai pada bulan kelima pelatihan' }],
    });
    const current = improvements.json<Evaluation>();
    const notYet = await manager.request('POST', `/api/v1/evaluations/${evaluation.id}/next-work-plan`, {});
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('EVALUATION_NOT_CONTINUING');

    const decided = await decide(manager, current, {
      decision: 'continue_with_changes',
      reason: '  Pelatihan berhasil; penyerapan lulusan perlu diperbaiki  ',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = decided.json<Evaluation>();
    expect(after).toMatchObject({
      decision: 'continue_with_changes',
      decisionReason: 'Pelatihan berhasil; penyerapan lulusan perlu diperbaiki',
      partnershipStage: 'follow_up',
      decidedAt: now.toISOString(),
    });
    const history = await manager.request('GET', `/api/v1/partnerships/${partnership.id}/history`);
    const moves = history
      .json<{ items: { from: string | null; to: string; gate: string | null; reason: string | null }[] }>()
      .items.filter((event) => event.from !== null);
    expect(moves.map((event) => [event.from, event.to, event.gate, event.reason])).toEqual([
      ['monitoring_evaluation', 'improvement', 'evaluation_recorded', after.decisionReason],
      ['improvement', 'follow_up', 'continue_decision', after.decisionReason],
    ]);
    const again = await decide(manager, after, { decision: 'stop', reason: 'Berubah pikiran' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EVALUATION_DECIDED');

    const next = await manager.request('POST', `/api/v1/evaluations/${evaluation.id}/next-work-plan`, {});
    expect(next.statusCode, next.body).toBe(201);
    const result = next.json<FollowUpResult>();
    expect(result.evaluation.nextWorkPlanId).toBe(result.createdId);
    const items = await t.deps.db
      .selectFrom('work_plan_items')
      .select(['activity', 'starts_on', 'ends_on', 'evaluation_note'])
      .where('work_plan_id', '=', result.createdId)
      .orderBy('position')
      .execute();
    expect(items).toEqual([
      {
        activity: 'Pelatihan merajut tas',
        starts_on: '2027-03-02',
        ends_on: '2027-04-30',
        evaluation_note: 'Tambah materi finishing',
      },
      {
        activity: 'Penempatan lulusan di rumah produksi',
        starts_on: '2027-05-04',
        ends_on: '2027-08-31',
        evaluation_note: 'Mulai magang lebih awal',
      },
    ]);
    const nextPlan = await manager.request('GET', `/api/v1/work-plans/${result.createdId}`);
    expect(nextPlan.json()).toMatchObject({ cycleYear: 2027, status: 'draft' });
    expect(plan.cycleYear).toBe(2026);
    const twice = await manager.request('POST', `/api/v1/evaluations/${evaluation.id}/next-work-plan`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('EVALUATION_FOLLOW_UP_DONE');

    const draft = await createAgreementVia(manager, { partnershipId: partnership.id, partnerId: partner.id });
    const beforeNoAgreement = await rowsOf(evaluation, partnership.id);
    const noActive = await manager.request(
      'POST',
      `/api/v1/evaluations/${evaluation.id}/agreement-follow-up`,
      {},
    );
    expect(noActive.statusCode).toBe(409);
    expect(noActive.json().error.code).toBe('EVALUATION_NO_ACTIVE_AGREEMENT');
    expect(await rowsOf(evaluation, partnership.id)).toBe(beforeNoAgreement);
    // Signing is the agreements module's own story; here the agreement is simply in force.
    await t.deps.db.updateTable('agreements').set({ status: 'active' }).where('id', '=', draft.id).execute();
    const addendum = await manager.request(
      'POST',
      `/api/v1/evaluations/${evaluation.id}/agreement-follow-up`,
      {},
    );
    expect(addendum.statusCode, addendum.body).toBe(201);
    const created = await manager.request(
      'GET',
      `/api/v1/agreements/${addendum.json<FollowUpResult>().createdId}`,
    );
    expect(created.json<Agreement>()).toMatchObject({
      kind: 'addendum',
      status: 'draft',
      parentAgreementId: draft.id,
      changes: ['Magang dimulai pada bulan kelima pelatihan'],
    });
    expect(addendum.json<FollowUpResult>().evaluation.followUpAgreementId).toBe(created.json<Agreement>().id);
  });

  it('continuing unchanged drafts an extension for one more cycle', async () => {
    const { partner, partnership, evaluation } = await filledEvaluation();
    const draft = await createAgreementVia(manager, { partnershipId: partnership.id, partnerId: partner.id });
    await t.deps.db.updateTable('agreements').set({ status: 'active' }).where('id', '=', draft.id).execute();
    const decided = await decide(manager, evaluation, {
      decision: 'continue',
      reason: 'Semua target tercapai',
    });
    expect(decided.json<Evaluation>().partnershipStage).toBe('follow_up');
    const extension = await manager.request(
      'POST',
      `/api/v1/evaluations/${evaluation.id}/agreement-follow-up`,
      {},
    );
    expect(extension.statusCode, extension.body).toBe(201);
    const created = await manager.request(
      'GET',
      `/api/v1/agreements/${extension.json<FollowUpResult>().createdId}`,
    );
    expect(created.json<Agreement>()).toMatchObject({
      kind: 'extension',
      parentAgreementId: draft.id,
      startsOn: '2027-04-01',
      endsOn: '2028-03-31',
    });
  });

  it('stopping ends the partnership with the reason; nothing follows; a partnership elsewhere is refused', async () => {
    const { partnership, evaluation } = await filledEvaluation();
    const stopped = await decide(manager, evaluation, { decision: 'stop', reason: 'Mitra menutup usahanya' });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json<Evaluation>().partnershipStage).toBe('ended');
    const row = await t.deps.db
      .selectFrom('partnership_stage_events')
      .select(['from_stage', 'to_stage', 'reason'])
      .where('partnership_id', '=', partnership.id)
      .where('to_stage', '=', 'ended')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      from_stage: 'monitoring_evaluation',
      to_stage: 'ended',
      reason: 'Mitra menutup usahanya',
    });
    const next = await manager.request('POST', `/api/v1/evaluations/${evaluation.id}/next-work-plan`, {});
    expect(next.json().error.code).toBe('EVALUATION_NOT_CONTINUING');

    const elsewhere = await filledEvaluation();
    await t.deps.db
      .updateTable('partnerships')
      .set({ stage: 'implementation' })
      .where('id', '=', elsewhere.partnership.id)
      .execute();
    const before = await rowsOf(elsewhere.evaluation, elsewhere.partnership.id);
    const refused = await decide(manager, elsewhere.evaluation, {
      decision: 'continue',
      reason: 'Hasil baik',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'EVALUATION_STAGE_INVALID',
      details: { stage: 'implementation' },
    });
    expect(await rowsOf(elsewhere.evaluation, elsewhere.partnership.id)).toBe(before);
  });
});
