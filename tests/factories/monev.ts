import { newId } from '../../src/server/platform/ids';
import { storeFileWithRecord } from '../../src/server/platform/files/store-file-with-record';
import type { TestApp } from '../setup/test-app';
import { insertActivityRow, type ActivityRowFields } from './activity-rows';
import { partnerSignatory } from './agreements';
import { createPartnershipVia } from './engagement';
import { createPartnerVia } from './partners';
import type { Session } from './people';
import { drawnSignaturePng, signatureForm, signingAgreementFixture } from './signatures';
import { createWorkPlanVia, placementItemBody, workPlanItemBody } from './work-plans';

/**
 * Rows of steps 8–11 (activities, evidence, problems, visits, evaluations) inserted directly: the
 * monev report and the evidence pack read them whatever module writes them.
 */

const at = '2026-06-01T02:00:00.000Z';

export type ActivityRow = ActivityRowFields & { title: string };

export function insertActivity(
  t: TestApp,
  institutionId: string,
  partnershipId: string,
  row: ActivityRow,
): Promise<string> {
  return insertActivityRow(t.deps.db, { institutionId, partnershipId }, { status: 'done', at, ...row });
}

/** A stored file (bytes in the store, a `files` row) attached to an activity as evidence. */
export function insertEvidence(
  t: TestApp,
  institutionId: string,
  activityId: string,
  file: { bytes: Buffer; originalName: string; mediaType: string; kind?: string },
): Promise<string> {
  return storeFileWithRecord(
    t.deps,
    file.bytes,
    {
      institutionId,
      purpose: 'activity_evidence',
      originalName: file.originalName,
      mediaType: file.mediaType,
      createdBy: null,
    },
    async (trx, fileId) => {
      await trx
        .insertInto('activity_evidence')
        .values({
          id: newId(),
          institution_id: institutionId,
          activity_id: activityId,
          file_id: fileId,
          kind: file.kind ?? 'photo',
          caption: null,
          added_by_side: 'institution',
          contributor_name: null,
          public_link_id: null,
          created_by_user_id: null,
          created_at: at,
        })
        .execute();
      return fileId;
    },
  );
}

export interface EvaluationInput {
  workPlanId: string | null;
  cycleYear: number;
  items?: { workPlanItemId: string; activity: string; outcome: string; goalReached: string; note?: string }[];
  decided?: boolean;
}

/** An evaluation with both parties' parts, its improvements, RTL rows and (optionally) a decision. */
export async function insertEvaluation(
  t: TestApp,
  institutionId: string,
  partnershipId: string,
  input: EvaluationInput,
): Promise<string> {
  const id = newId();
  const db = t.deps.db;
  await db
    .insertInto('evaluations')
    .values({
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      work_plan_id: input.workPlanId,
      cycle_year: input.cycleYear,
      goals_summary: 'Sebagian besar peserta didik terampil merajut tas.',
      obstacles: 'Bahan baku benang terlambat datang dari Surabaya.',
      institution_satisfaction: 4,
      recommendations: 'Stok benang disiapkan sebulan sebelum pelatihan.',
      partner_satisfaction: 5,
      partner_goals_summary: 'Lulusan siap bekerja di rumah produksi.',
      partner_obstacles: 'Jadwal produksi padat menjelang Lebaran.',
      partner_recommendations: 'Tambah sesi praktik finishing tas.',
      partner_respondent_name: 'Hj. Rusmini',
      partner_respondent_position: 'Pemilik Usaha',
      partner_submitted_at: '2026-11-20T03:00:00.000Z',
      partner_public_link_id: null,
      partner_ip_address: null,
      partner_user_agent: null,
      decision: input.decided === false ? null : 'continue_with_changes',
      decision_reason: input.decided === false ? null : 'Hasil baik, jadwal bahan baku perlu diubah.',
      decided_at: input.decided === false ? null : '2026-11-25T03:00:00.000Z',
      decided_by_user_id: null,
      next_work_plan_id: null,
      follow_up_agreement_id: null,
      version: 1,
      created_by_user_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const [position, item] of (input.items ?? []).entries()) {
    await db
      .insertInto('evaluation_items')
      .values({
        id: newId(),
        institution_id: institutionId,
        evaluation_id: id,
        work_plan_item_id: item.workPlanItemId,
        position,
        activity: item.activity,
        outcome: item.outcome,
        goal_reached: item.goalReached,
        note: item.note ?? null,
      })
      .execute();
  }
  await db
    .insertInto('evaluation_improvements')
    .values({
      id: newId(),
      institution_id: institutionId,
      evaluation_id: id,
      position: 0,
      improvement: 'Kontrak pemasok benang tahunan',
      owner_name: 'Siti Aminah',
      due_on: '2027-01-15',
      status: 'open',
    })
    .execute();
  await db
    .insertInto('follow_up_plan_rows')
    .values({
      id: newId(),
      institution_id: institutionId,
      evaluation_id: id,
      position: 0,
      activity: 'Pelatihan finishing tas rajut',
      target: '25 peserta didik',
      timing: 'Februari–Maret 2027',
      person_responsible: 'Siti Aminah',
      success_indicator: '20 lulusan kompeten',
    })
    .execute();
  return id;
}

export async function insertProblemAndVisit(t: TestApp, institutionId: string, partnershipId: string) {
  await t.deps.db
    .insertInto('partnership_problems')
    .values({
      id: newId(),
      institution_id: institutionId,
      partnership_id: partnershipId,
      activity_id: null,
      problem: 'Benang terlambat datang',
      cause: 'Pemasok kehabisan stok',
      solution: 'Beli dari pemasok kedua di Banjarmasin',
      owner_name: 'Siti Aminah',
      due_on: '2026-04-10',
      status: 'solved',
      solved_at: '2026-04-09T02:00:00.000Z',
      version: 1,
      created_by_user_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await t.deps.db
    .insertInto('monitoring_visits')
    .values({
      id: newId(),
      institution_id: institutionId,
      partnership_id: partnershipId,
      visited_on: '2026-04-15',
      place: 'Rumah produksi Rajut Rusmini, Banjarbaru',
      visitors: 'Siti Aminah',
      partner_attendees: 'Hj. Rusmini',
      findings: 'Peserta didik praktik dengan mesin jahit baru',
      recommendations: 'Tambah satu instruktur pendamping',
      version: 1,
      created_by_user_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** An agreement signed by both parties, so its PDF is the stored signed copy with its certificate page. */
export async function signedAgreementVia(
  t: TestApp,
  session: Session,
  partnershipId: string,
  partnerId: string,
): Promise<string> {
  const fixture = await signingAgreementFixture(session, partnershipId, partnerId);
  const agreement = await session.request('GET', `/api/v1/agreements/${fixture.agreementId}`);
  const { payload, headers } = signatureForm({
    method: 'drawn',
    confirmName: partnerSignatory.name,
    confirmPosition: partnerSignatory.position,
    versionNumber: agreement.json<{ currentVersion: number }>().currentVersion,
    file: await drawnSignaturePng(),
  });
  const signed = await t.app.inject({
    method: 'POST',
    url: `/api/v1/public/agreements/${fixture.agreementId}/signing/${fixture.token}`,
    payload,
    headers,
  });
  if (signed.statusCode !== 201)
    throw new Error(`partner signing failed: ${signed.statusCode} ${signed.body}`);
  return fixture.agreementId;
}

export interface MonevWorld {
  partnershipId: string;
  workPlanId: string;
  itemIds: string[];
  agreementId: string;
  evaluationId: string;
  activityIds: { training: string; placement: string; unplanned: string };
}

/**
 * A partnership through a 2026 cycle: a two-item plan, a signed agreement, activities (one item
 * done in two batches, one cancelled batch that must not count), an unplanned guest lecture, a
 * problem, a visit and a decided evaluation.
 */
export async function monevWorld(
  t: TestApp,
  session: Session,
  options: { programme?: string; partnershipName?: string } = {},
): Promise<MonevWorld> {
  const partner = await createPartnerVia(session);
  const partnership = await createPartnershipVia(session, [partner.id], {
    ...(options.programme ? { programme: options.programme } : {}),
    ...(options.partnershipName ? { name: options.partnershipName } : {}),
  });
  const plan = await createWorkPlanVia(session, partnership.id, {
    items: [workPlanItemBody(), placementItemBody()],
  });
  const itemIds = plan.items.map((item) => item.id);
  const agreementId = await signedAgreementVia(t, session, partnership.id, partner.id);
  const inst = session.institutionId;
  const base = { workPlanId: plan.id };
  const training = await insertActivity(t, inst, partnership.id, {
    ...base,
    title: 'Pelatihan merajut angkatan 1',
    workPlanItemId: itemIds[0]!,
    startedOn: '2026-03-02',
    endedOn: '2026-03-31',
    actualQuantity: 12,
    outcomeKind: 'learners_trained',
    spent: { institution: 4_000_000, partner: 3_500_000 },
  });
  await insertActivity(t, inst, partnership.id, {
    ...base,
    title: 'Pelatihan merajut angkatan 2',
    workPlanItemId: itemIds[0]!,
    startedOn: '2026-04-01',
    endedOn: '2026-05-08',
    actualQuantity: 6.5,
    outcomeKind: 'learners_trained',
  });
  await insertActivity(t, inst, partnership.id, {
    ...base,
    title: 'Pelatihan merajut angkatan 3 (batal)',
    workPlanItemId: itemIds[0]!,
    status: 'cancelled',
    actualQuantity: 100,
    outcomeKind: 'learners_trained',
  });
  const placement = await insertActivity(t, inst, partnership.id, {
    ...base,
    title: 'Penempatan lulusan',
    workPlanItemId: itemIds[1]!,
    carriedOutBy: 'partner',
    startedOn: '2026-06-01',
    endedOn: '2026-08-31',
    actualQuantity: 3,
    outcomeKind: 'graduates_hired',
  });
  const unplanned = await insertActivity(t, inst, partnership.id, {
    title: 'Kuliah tamu desain tas',
    carriedOutBy: 'partner',
    startedOn: '2026-07-10',
    endedOn: '2026-07-10',
    actualQuantity: 4,
    outcomeKind: 'guest_instructor_hours',
  });
  await insertProblemAndVisit(t, inst, partnership.id);
  const evaluationId = await insertEvaluation(t, inst, partnership.id, {
    workPlanId: plan.id,
    cycleYear: 2026,
    items: [
      {
        workPlanItemId: itemIds[0]!,
        activity: 'Pelatihan merajut tas',
        outcome: 'partly',
        goalReached: 'partly',
        note: 'Target belum penuh',
      },
      {
        workPlanItemId: itemIds[1]!,
        activity: 'Penempatan lulusan di rumah produksi',
        outcome: 'partly',
        goalReached: 'no',
      },
    ],
  });
  return {
    partnershipId: partnership.id,
    workPlanId: plan.id,
    itemIds,
    agreementId,
    evaluationId,
    activityIds: { training, placement, unplanned },
  };
}
