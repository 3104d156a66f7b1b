import {
  createWorkPlanRequestSchema,
  publicWorkPlanReviewRequestSchema,
} from '../../../shared/contracts/work-plans';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createWorkPlan } from './create-work-plan';
import { getWorkPlan } from './get-work-plan';
import { issueWorkPlanReviewLink } from './issue-review-link';
import { recordPartnerReview } from './record-partner-review';

const requestId = 'demo';

/**
 * The knitted-bag KSO's joint plan from the demo story (ux.md): train 20 learners, place 5 of them at
 * the workshop, which lends its looms; approved by the workshop's owner through the review link, as
 * a real partner would.
 */
export async function createDemoWorkPlan(
  deps: AppDeps,
  manager: Principal,
  partnershipId: string,
  reviewer: { name: string; position: string },
): Promise<string> {
  const plan = await createWorkPlan(
    deps,
    manager,
    partnershipId,
    createWorkPlanRequestSchema.parse({
      cycleYear: 2026,
      title: 'Rencana Kerja Bersama PKW Tas Rajut 2026',
      items: [
        {
          activity: 'Pelatihan merajut tas bagi peserta didik PKW',
          objective: 'Peserta didik menguasai teknik rajut tas sesuai standar pesanan bengkel',
          responsibleParty: 'institution',
          responsiblePerson: 'Ibu Siti Rahmah',
          startsOn: '2026-03-23',
          endsOn: '2026-06-30',
          budgetRupiah: 30_000_000,
          contributions: { institution: 22_500_000, partner: 7_500_000 },
          target: { quantity: 20, unit: 'orang', description: 'peserta didik terlatih' },
          aspirations: {
            institution: 'Lulusan siap kerja dan berwirausaha',
            partner: 'Calon perajin terlatih untuk pesanan luar daerah',
          },
        },
        {
          activity: 'Peminjaman alat tenun dan mesin rajut',
          objective: 'Praktik peserta didik memakai alat yang sama dengan produksi bengkel',
          responsibleParty: 'partner',
          responsiblePerson: 'Pemilik bengkel rajut',
          startsOn: '2026-03-23',
          endsOn: '2026-06-30',
          budgetRupiah: 1_500_000,
          contributions: { institution: 0, partner: 1_500_000 },
          target: { quantity: 10, unit: 'unit', description: 'alat tenun dipinjamkan' },
        },
        {
          activity: 'Magang dan penyerapan lulusan di bengkel rajut',
          objective: 'Lulusan terbaik bekerja sebagai perajin di bengkel mitra',
          responsibleParty: 'both',
          responsiblePerson: null,
          startsOn: '2026-07-01',
          endsOn: '2026-10-31',
          budgetRupiah: 12_000_000,
          contributions: { institution: 4_800_000, partner: 7_200_000 },
          target: { quantity: 5, unit: 'orang', description: 'lulusan bekerja' },
          aspirations: { institution: 'Lulusan terserap kerja', partner: 'Tambahan tenaga produksi' },
        },
      ],
    }),
    requestId,
  );
  const link = await issueWorkPlanReviewLink(deps, manager, plan.id, {}, 'http://demo', requestId);
  const token = new URL(link.url).pathname.split('/').at(-1)!;
  const sent = await getWorkPlan(deps.db, manager.institutionId, plan.id);
  await recordPartnerReview(
    deps,
    plan.id,
    token,
    publicWorkPlanReviewRequestSchema.parse({
      decision: 'approved',
      reviewerName: reviewer.name,
      reviewerPosition: reviewer.position,
      comment: 'Kami setuju dengan rencana ini.',
      planVersion: sent.version,
    }),
    { ipAddress: null, userAgent: 'Jalin demo', requestId },
  );
  return plan.id;
}
