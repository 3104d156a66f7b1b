import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEvaluationVia,
  evaluatedPartnershipVia,
  insertActivityRow,
  institutionPartBody,
  issueEvaluationPartnerLinkVia,
  partnerPartBody,
} from '../../../../tests/factories/evaluations';
import { extractPdfText } from '../../../../tests/factories/pdf-text';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Evaluation } from '../../../shared/contracts/evaluations';
import { actualOfActivities, suggestOutcome } from './suggest-outcome';

/** Monday 16 November 2026, 10.00 WITA. */
const now = new Date('2026-11-16T02:00:00.000Z');
const day = 24 * 3_600_000;

describe('suggested outcome of a plan item', () => {
  it('reads done as as planned, in progress as partly, nothing (or only cancelled) as not done', () => {
    expect(
      suggestOutcome([
        { status: 'done', actualQuantity: 3 },
        { status: 'planned', actualQuantity: null },
      ]),
    ).toBe('as_planned');
    expect(suggestOutcome([{ status: 'in_progress', actualQuantity: 1 }])).toBe('partly');
    expect(suggestOutcome([{ status: 'cancelled', actualQuantity: null }])).toBe('not_done');
    expect(suggestOutcome([])).toBe('not_done');
  });

  it('adds up the actual figures of activities not cancelled; none recorded is no figure', () => {
    expect(
      actualOfActivities([
        { status: 'done', actualQuantity: 12 },
        { status: 'in_progress', actualQuantity: 6 },
        { status: 'cancelled', actualQuantity: 50 },
      ]),
    ).toEqual({ quantity: 18, activityCount: 2, doneCount: 1, inProgressCount: 1 });
    expect(actualOfActivities([{ status: 'planned', actualQuantity: null }]).quantity).toBeNull();
  });
});

describeEachDatabase('joint evaluation (step 9)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  function asPartner(method: 'GET' | 'POST', url: string, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 13) Chrome/131 Mobile' },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }
  const partUrl = (id: string, token: string) => `/api/v1/public/evaluations/${id}/partner-part/${token}`;

  async function evaluationRowsOf(id: string) {
    const db = t.deps.db;
    return JSON.stringify({
      evaluation: await db.selectFrom('evaluations').selectAll().where('id', '=', id).execute(),
      items: await db
        .selectFrom('evaluation_items')
        .selectAll()
        .where('evaluation_id', '=', id)
        .orderBy('id')
        .execute(),
      improvements: await db
        .selectFrom('evaluation_improvements')
        .selectAll()
        .where('evaluation_id', '=', id)
        .orderBy('id')
        .execute(),
      rows: await db
        .selectFrom('follow_up_plan_rows')
        .selectAll()
        .where('evaluation_id', '=', id)
        .orderBy('id')
        .execute(),
      audit: (await db.selectFrom('audit_events').select('id').execute()).length,
    });
  }

  async function seededEvaluation(): Promise<Evaluation & { partnershipId: string }> {
    const { partnership, plan } = await evaluatedPartnershipVia(manager);
    const [training, placement] = plan.items;
    const base = {
      institutionId: manager.institutionId,
      partnershipId: partnership.id,
      workPlanId: plan.id,
    };
    await insertActivityRow(t, { ...base, workPlanItemId: training!.id, status: 'done', actualQuantity: 12 });
    await insertActivityRow(t, { ...base, workPlanItemId: training!.id, status: 'done', actualQuantity: 6 });
    await insertActivityRow(t, {
      ...base,
      workPlanItemId: placement!.id,
      status: 'in_progress',
      actualQuantity: 2,
    });
    return createEvaluationVia(manager, partnership.id, 2026);
  }

  it('seeds one item per plan item with plan against actual and the suggested outcome', async () => {
    const evaluation = await seededEvaluation();
    expect(evaluation.cycleYear).toBe(2026);
    expect(evaluation.partnershipStage).toBe('monitoring_evaluation');
    expect(evaluation.items.map((item) => [item.activity, item.outcome, item.suggestedOutcome])).toEqual([
      ['Pelatihan merajut tas', 'as_planned', 'as_planned'],
      ['Penempatan lulusan di rumah produksi', 'partly', 'partly'],
    ]);
    expect(evaluation.items.map((item) => [item.planned?.targetQuantity, item.actual.quantity])).toEqual([
      [20, 18],
      [5, 2],
    ]);
    expect(evaluation.institutionPartFilled).toBe(false);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', evaluation.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['evaluation.created']);

    const again = await manager.request(
      'POST',
      `/api/v1/partnerships/${evaluation.partnershipId}/evaluations`,
      {
        cycleYear: 2026,
      },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'EVALUATION_EXISTS',
      details: { evaluationId: evaluation.id },
    });
    const noPlan = await manager.request(
      'POST',
      `/api/v1/partnerships/${evaluation.partnershipId}/evaluations`,
      {
        cycleYear: 2025,
      },
    );
    expect(noPlan.statusCode).toBe(422);
    expect(noPlan.json().error.code).toBe('EVALUATION_PLAN_MISSING');
    const listed = await manager.request(
      'GET',
      `/api/v1/partnerships/${evaluation.partnershipId}/evaluations`,
    );
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([evaluation.id]);
  });

  it("saves the institution's part and item judgements, refusing a stale version or a foreign item", async () => {
    const evaluation = await seededEvaluation();
    const body = institutionPartBody(evaluation, ['Tambah materi finishing', null]);
    const saved = await manager.request('PATCH', `/api/v1/evaluations/${evaluation.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json<Evaluation>();
    expect(after.institutionPartFilled).toBe(true);
    expect(after.institutionPart.satisfaction).toBe(4);
    expect(after.items[0]!.note).toBe('Tambah materi finishing');
    expect(after.version).toBe(evaluation.version + 1);

    const other = await seededEvaluation();
    const before = await evaluationRowsOf(evaluation.id);
    const stale = await manager.request('PATCH', `/api/v1/evaluations/${evaluation.id}`, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const foreignItem = await manager.request('PATCH', `/api/v1/evaluations/${evaluation.id}`, {
      version: after.version,
      items: [{ id: other.items[0]!.id, outcome: 'not_done', goalReached: 'no', note: null }],
    });
    expect(foreignItem.statusCode).toBe(422);
    expect(foreignItem.json().error.code).toBe('EVALUATION_ITEM_UNKNOWN');
    const badScore = await manager.request('PATCH', `/api/v1/evaluations/${evaluation.id}`, {
      version: after.version,
      institutionSatisfaction: 6,
    });
    expect(badScore.statusCode).toBe(400);
    expect(await evaluationRowsOf(evaluation.id)).toBe(before);
    const foreign = await outsider.request('GET', `/api/v1/evaluations/${evaluation.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('EVALUATION_NOT_FOUND');
  });

  it('keeps improvements and whole RTL rows, and refuses a row missing a field with nothing written', async () => {
    const evaluation = await seededEvaluation();
    const improved = await manager.request('PUT', `/api/v1/evaluations/${evaluation.id}/improvements`, {
      version: evaluation.version,
      improvements: [
        { improvement: 'Perawatan alat tenun bersama', ownerName: 'Hj. Rusmini', dueOn: '2027-02-28' },
      ],
    });
    expect(improved.statusCode, improved.body).toBe(200);
    expect(improved.json<Evaluation>().improvements).toMatchObject([
      {
        improvement: 'Perawatan alat tenun bersama',
        ownerName: 'Hj. Rusmini',
        dueOn: '2027-02-28',
        status: 'open',
      },
    ]);
    const version = improved.json<Evaluation>().version;
    const before = await evaluationRowsOf(evaluation.id);
    const incomplete = await manager.request('PUT', `/api/v1/evaluations/${evaluation.id}/follow-up-rows`, {
      version,
      rows: [
        {
          activity: 'Magang lebih awal',
          target: '5 lulusan bekerja',
          timing: '',
          personResponsible: 'Siti Aminah',
          successIndicator: '5 kontrak kerja',
        },
      ],
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.code).toBe('FOLLOW_UP_ROW_INCOMPLETE');
    expect(JSON.stringify(incomplete.json().error.details)).toContain('timing');
    expect(await evaluationRowsOf(evaluation.id)).toBe(before);

    const formula = '=HYPERLINK("http://x","klik")';
    const rows = [
      {
        activity: 'Pelatihan merajut dengan materi finishing',
        target: '20 peserta didik terlatih',
        timing: 'Maret–Juni 2027',
        personResponsible: 'Siti Aminah',
        successIndicator: '90% lulus uji keterampilan',
      },
      {
        activity: formula,
        target: '5 lulusan bekerja',
        timing: 'Juli 2027',
        personResponsible: 'Hj. Rusmini',
        successIndicator: '5 kontrak kerja',
      },
    ];
    const saved = await manager.request('PUT', `/api/v1/evaluations/${evaluation.id}/follow-up-rows`, {
      version,
      rows,
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const xlsx = await manager.request(
      'GET',
      `/api/v1/evaluations/${evaluation.id}/follow-up-plan?format=xlsx`,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('RTL')!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      'No',
      'Kegiatan',
      'Target',
      'Waktu',
      'Penanggung Jawab',
      'Indikator Keberhasilan',
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([1, ...Object.values(rows[0]!)]);
    const formulaCell = sheet.getRow(5).getCell(2);
    expect(formulaCell.value).toBe(formula);
    expect(formulaCell.formula).toBeFalsy();

    const pdf = await manager.request(
      'GET',
      `/api/v1/evaluations/${evaluation.id}/follow-up-plan?format=pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await extractPdfText(pdf.rawPayload)).pages.join('\n');
    for (const expected of [
      'Rencana Tindak Lanjut',
      'Kegiatan',
      'Penanggung Jawab',
      'Indikator Keberhasilan',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('20 peserta didik terlatih');
    expect(text).toContain('90% lulus uji keterampilan');
  });

  it('takes the partner part once through its link; reusing it is 410 with nothing written', async () => {
    const evaluation = await seededEvaluation();
    const link = await issueEvaluationPartnerLinkVia(manager, evaluation.id);
    expect(new URL(link.url).pathname).toBe(`/tautan/evaluasi/${evaluation.id}/${link.token}`);
    expect(link.expiresAt).toBe(new Date(now.getTime() + 14 * day).toISOString());
    expect(link.whatsAppText).toContain('evaluasi bersama kemitraan');
    expect(link.whatsAppText).toContain(link.url);
    expect(link.whatsAppText).toContain('Tautan ini berlaku sampai Senin, 30 November 2026.');
    const stored = await t.deps.db.selectFrom('public_links').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const opened = await asPartner('GET', partUrl(evaluation.id, link.token));
    expect(opened.statusCode, opened.body).toBe(200);
    const seen = opened.json();
    expect(Object.keys(seen).sort()).toEqual(
      [
        'cycleYear',
        'id',
        'institutionName',
        'items',
        'linkExpiresAt',
        'partnershipName',
        'submittedAt',
        'timeZone',
      ].sort(),
    );
    expect(seen.items.map((item: { actualQuantity: number | null }) => item.actualQuantity)).toEqual([18, 2]);

    const wrongEvaluation = await asPartner('GET', partUrl((await seededEvaluation()).id, link.token));
    expect(wrongEvaluation.statusCode).toBe(404);

    const given = await asPartner('POST', partUrl(evaluation.id, link.token), partnerPartBody);
    expect(given.statusCode, given.body).toBe(200);
    const read = await manager.request('GET', `/api/v1/evaluations/${evaluation.id}`);
    expect(read.json<Evaluation>().partnerPart).toMatchObject({
      respondentName: 'Hj. Rusmini',
      respondentPosition: 'Pemilik Bengkel Rajut',
      satisfaction: 5,
      goalsSummary: partnerPartBody.goalsSummary,
      submittedAt: now.toISOString(),
    });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', evaluation.id)
      .where('action', '=', 'evaluation.partner_part_recorded')
      .execute();
    expect(audit).toHaveLength(1);

    const before = await evaluationRowsOf(evaluation.id);
    const reused = await asPartner('POST', partUrl(evaluation.id, link.token), {
      ...partnerPartBody,
      satisfaction: 1,
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.code).toBe('LINK_USED');
    expect(await evaluationRowsOf(evaluation.id)).toBe(before);
    const reopened = await asPartner('GET', partUrl(evaluation.id, link.token));
    expect(reopened.statusCode).toBe(410);
  });
});
