import {
  decideEvaluationRequestSchema,
  partnerPartRequestSchema,
  replaceFollowUpRowsRequestSchema,
  replaceImprovementsRequestSchema,
  updateEvaluationRequestSchema,
} from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import { findPrincipalByEmail } from '../institutions/index';
import { createEvaluation } from './create-evaluation';
import { createNextWorkPlan } from './create-next-work-plan';
import { decideEvaluation } from './decide-evaluation';
import { findUserEmail } from './evaluations.repository';
import { issueEvaluationPartnerLink } from './issue-partner-link';
import { recordPartnerPart } from './record-partner-part';
import { replaceFollowUpRows } from './replace-follow-up-rows';
import { replaceImprovements } from './replace-improvements';
import { updateEvaluation } from './update-evaluation';

const requestId = 'demo';

/** Each item of the knitted-bag plan (createDemoWorkPlan's order) as the two parties judged it. */
const itemJudgements = [
  {
    outcome: 'as_planned',
    goalReached: 'yes',
    note: 'Tercapai 20 peserta; tambahkan materi finishing tas agar sesuai standar pesanan ekspor.',
  },
  {
    outcome: 'partly',
    goalReached: 'partly',
    note: 'Baru 6 dari 10 alat tenun dipinjamkan; jadwalkan perawatan alat sebelum pelatihan dimulai.',
  },
  {
    outcome: 'partly',
    goalReached: 'partly',
    note: 'Baru 3 dari 5 lulusan bekerja; mulai magang lebih awal dan libatkan dua bengkel tambahan.',
  },
] as const;

/**
 * The knitted-bag partnership's joint evaluation of 2026 from the demo story: both parties' parts
 * (the partner's through its link), improvements, the RTL, the decision to continue with changes
 * (the partnership, at monitoring_evaluation, moves to follow_up) and the 2027 plan with the notes.
 */
export async function createDemoEvaluation(
  deps: AppDeps,
  ids: { institutionId: string; partnershipId: string; userId: string },
): Promise<string> {
  const email = await findUserEmail(deps.db, ids.institutionId, ids.userId);
  const principal = email ? await findPrincipalByEmail(deps.db, email) : null;
  if (!principal) throw new Error('demo evaluation: the user is not an active user of the institution');
  let evaluation = await createEvaluation(deps, principal, ids.partnershipId, { cycleYear: 2026 }, requestId);
  evaluation = await updateEvaluation(
    deps,
    principal,
    evaluation.id,
    updateEvaluationRequestSchema.parse({
      version: evaluation.version,
      goalsSummary:
        'Pelatihan merajut tas berjalan sesuai rencana dan seluruh 20 peserta lulus uji keterampilan. Penyerapan lulusan di bengkel rajut belum mencapai target.',
      obstacles:
        'Sebagian alat tenun bengkel rusak pada bulan April, sehingga praktik bergiliran. Pesanan bengkel turun pada kuartal ketiga sehingga baru tiga lulusan yang direkrut.',
      institutionSatisfaction: 4,
      recommendations:
        'Lanjutkan kemitraan dengan perubahan: perawatan alat bersama, magang dimulai lebih awal, dan jejaring bengkel mitra diperluas.',
      items: evaluation.items.map((item, index) => ({
        id: item.id,
        ...(itemJudgements[index] ?? { outcome: item.suggestedOutcome, goalReached: 'partly', note: null }),
      })),
    }),
    requestId,
  );
  const link = await issueEvaluationPartnerLink(deps, principal, evaluation.id, {}, 'http://demo', requestId);
  await recordPartnerPart(
    deps,
    evaluation.id,
    new URL(link.url).pathname.split('/').at(-1)!,
    partnerPartRequestSchema.parse({
      respondentName: 'Hj. Rusmini',
      respondentPosition: 'Pemilik Bengkel Rajut',
      satisfaction: 4,
      goalsSummary: 'Peserta terampil dan tiga lulusan sudah bekerja di bengkel kami.',
      obstacles: 'Pesanan menurun pada pertengahan tahun.',
      recommendations: 'Tambahkan materi finishing dan pengendalian mutu.',
    }),
    { ipAddress: null, userAgent: 'Jalin demo', requestId },
  );
  evaluation = await replaceImprovements(
    deps,
    principal,
    evaluation.id,
    replaceImprovementsRequestSchema.parse({
      version: evaluation.version + 1,
      improvements: [
        {
          improvement: 'Perawatan alat tenun bersama setiap tiga bulan',
          ownerName: 'Pemilik bengkel rajut',
          dueOn: '2027-02-28',
        },
        {
          improvement: 'Materi finishing dan pengendalian mutu masuk kurikulum PKW',
          ownerName: 'Ibu Siti Rahmah',
          dueOn: '2027-03-15',
        },
        {
          improvement: 'Magang dimulai pada bulan kelima pelatihan',
          ownerName: 'Ibu Siti Rahmah',
          dueOn: '2027-06-01',
        },
      ],
    }),
    requestId,
  );
  evaluation = await replaceFollowUpRows(
    deps,
    principal,
    evaluation.id,
    replaceFollowUpRowsRequestSchema.parse({
      version: evaluation.version,
      rows: [
        {
          activity: 'Pelatihan merajut tas dengan materi finishing',
          target: '20 peserta didik terlatih',
          timing: 'Maret–Juni 2027',
          personResponsible: 'Ibu Siti Rahmah',
          successIndicator: '90% peserta lulus uji keterampilan',
        },
        {
          activity: 'Perawatan dan peminjaman alat tenun',
          target: '10 alat tenun siap pakai',
          timing: 'Februari 2027',
          personResponsible: 'Pemilik bengkel rajut',
          successIndicator: 'Tidak ada praktik yang tertunda karena alat rusak',
        },
        {
          activity: 'Magang dan penyerapan lulusan di tiga bengkel',
          target: '5 lulusan bekerja',
          timing: 'Juli–Oktober 2027',
          personResponsible: 'Ibu Siti Rahmah dan pemilik bengkel',
          successIndicator: '5 lulusan memiliki kontrak kerja',
        },
      ],
    }),
    requestId,
  );
  evaluation = await decideEvaluation(
    deps,
    principal,
    evaluation.id,
    decideEvaluationRequestSchema.parse({
      version: evaluation.version,
      decision: 'continue_with_changes',
      reason:
        'Pelatihan berhasil; penyerapan lulusan perlu diperbaiki dengan magang lebih awal dan bengkel tambahan.',
    }),
    requestId,
  );
  await createNextWorkPlan(deps, principal, evaluation.id, requestId);
  return evaluation.id;
}
