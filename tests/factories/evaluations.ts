import { newId } from '../../src/server/platform/ids';
import type { Evaluation } from '../../src/shared/contracts/evaluations';
import type { TestApp } from '../setup/test-app';
import { createPartnershipVia } from './engagement';
import { createPartnerVia } from './partners';
import type { Session } from './people';
import { createWorkPlanVia, placementItemBody, workPlanItemBody } from './work-plans';

export async function createEvaluationVia(
  session: Session,
  partnershipId: string,
  cycleYear: number,
): Promise<Evaluation> {
  const response = await session.request('POST', `/api/v1/partnerships/${partnershipId}/evaluations`, {
    cycleYear,
  });
  if (response.statusCode !== 201)
    throw new Error(`evaluation create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** The partner's single-use link; the token is the last segment of its URL. */
export async function issueEvaluationPartnerLinkVia(
  session: Session,
  evaluationId: string,
): Promise<{ url: string; token: string; expiresAt: string; whatsAppText: string }> {
  const response = await session.request('POST', `/api/v1/evaluations/${evaluationId}/partner-link`, {});
  if (response.statusCode !== 201)
    throw new Error(`partner link failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ url: string; expiresAt: string; whatsAppText: string }>();
  return { ...body, token: body.url.split('/').at(-1)! };
}

/** The institution's part, filled, with each item judged as given (by position). */
export function institutionPartBody(
  evaluation: Evaluation,
  notes: (string | null)[] = [],
): Record<string, unknown> {
  return {
    version: evaluation.version,
    goalsSummary: 'Pelatihan berjalan sesuai rencana; penyerapan lulusan belum mencapai target.',
    obstacles: 'Alat tenun bengkel sempat rusak.',
    institutionSatisfaction: 4,
    recommendations: 'Lanjutkan dengan magang lebih awal.',
    items: evaluation.items.map((item, index) => ({
      id: item.id,
      outcome: item.suggestedOutcome,
      goalReached: 'partly',
      note: notes[index] ?? null,
    })),
  };
}

export const partnerPartBody = {
  respondentName: 'Hj. Rusmini',
  respondentPosition: 'Pemilik Bengkel Rajut',
  satisfaction: 5,
  goalsSummary: 'Tiga lulusan sudah bekerja di bengkel kami.',
  obstacles: 'Pesanan menurun pada pertengahan tahun.',
  recommendations: 'Tambahkan materi finishing.',
};

/** A partnership recorded at monitoring and evaluation, with its 2026 plan (training, placement). */
export async function evaluatedPartnershipVia(session: Session) {
  const partner = await createPartnerVia(session, { confirmDuplicates: true });
  const partnership = await createPartnershipVia(session, [partner.id], {
    enteredAt: {
      stage: 'monitoring_evaluation',
      reason: 'Kemitraan sudah berjalan sejak 2025 sebelum memakai Jalin',
    },
  });
  const plan = await createWorkPlanVia(session, partnership.id, {
    items: [workPlanItemBody(), placementItemBody()],
  });
  return { partner, partnership, plan };
}

/** An activity recorded against a plan item, written as the implementation module stores it. */
export async function insertActivityRow(
  t: TestApp,
  input: {
    institutionId: string;
    partnershipId: string;
    workPlanId: string;
    workPlanItemId: string;
    status: 'planned' | 'in_progress' | 'done' | 'cancelled';
    actualQuantity: number | null;
  },
): Promise<string> {
  const id = newId();
  const stamp = t.deps.clock.now().toISOString();
  await t.deps.db
    .insertInto('activities')
    .values({
      id,
      institution_id: input.institutionId,
      partnership_id: input.partnershipId,
      work_plan_id: input.workPlanId,
      work_plan_item_id: input.workPlanItemId,
      title: 'Kegiatan tercatat',
      status: input.status,
      carried_out_by: 'institution',
      started_on: '2026-03-02',
      ended_on: input.status === 'done' ? '2026-04-30' : null,
      actual_quantity: input.actualQuantity,
      outcome_kind: null,
      outputs: null,
      notes: null,
      institution_spent_rupiah: 0,
      partner_spent_rupiah: 0,
      version: 1,
      created_by_user_id: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}
