import type { Evaluation } from '../../src/shared/contracts/evaluations';
import type { ActivityStatus } from '../../src/shared/domain/activity-vocabulary';
import type { TestApp } from '../setup/test-app';
import { insertActivityRow as insertRow } from './activity-rows';
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
export function insertActivityRow(
  t: TestApp,
  input: {
    institutionId: string;
    partnershipId: string;
    workPlanId: string;
    workPlanItemId: string;
    status: ActivityStatus;
    actualQuantity: number | null;
  },
): Promise<string> {
  return insertRow(t.deps.db, input, {
    ...input,
    title: 'Kegiatan tercatat',
    startedOn: '2026-03-02',
    endedOn: input.status === 'done' ? '2026-04-30' : null,
    at: t.deps.clock.now().toISOString(),
  });
}
