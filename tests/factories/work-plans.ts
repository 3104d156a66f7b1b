import type { CreateWorkPlanRequest, WorkPlan } from '../../src/shared/contracts/work-plans';
import type { WorkPlanItemInput } from '../../src/shared/domain/work-plan-items';
import type { Session } from './people';

/** Training in knitting for the PKW learners, run by the institution and half paid by the partner. */
export function workPlanItemBody(overrides: Partial<WorkPlanItemInput> = {}): WorkPlanItemInput {
  return {
    activity: 'Pelatihan merajut tas',
    objective: 'Meningkatkan keterampilan merajut peserta didik PKW',
    responsibleParty: 'institution',
    responsiblePerson: 'Siti Aminah',
    startsOn: '2026-03-02',
    endsOn: '2026-04-30',
    budgetRupiah: 15_000_000,
    contributions: { institution: 7_500_000, partner: 7_500_000 },
    target: { quantity: 20, unit: 'orang', description: 'peserta didik terlatih' },
    aspirations: { institution: 'Lulusan terserap bekerja', partner: 'Tenaga perajin siap kerja' },
    ...overrides,
  };
}

/** Placement of graduates at the partner's workshop, the partner's own work. */
export function placementItemBody(overrides: Partial<WorkPlanItemInput> = {}): WorkPlanItemInput {
  return workPlanItemBody({
    activity: 'Penempatan lulusan di rumah produksi',
    objective: 'Menyerap lulusan sebagai perajin',
    responsibleParty: 'partner',
    responsiblePerson: 'Hj. Rusmini',
    startsOn: '2026-05-04',
    endsOn: '2026-08-31',
    budgetRupiah: 0,
    contributions: { institution: 0, partner: 0 },
    target: { quantity: 5, unit: 'orang', description: 'lulusan bekerja' },
    aspirations: { institution: null, partner: null },
    ...overrides,
  });
}

export function workPlanBody(overrides: Partial<CreateWorkPlanRequest> = {}): CreateWorkPlanRequest {
  return {
    cycleYear: 2026,
    title: 'Rencana Kerja Bersama PKW Tas Rajut',
    items: [workPlanItemBody()],
    ...overrides,
  };
}

export async function createWorkPlanVia(
  session: Session,
  partnershipId: string,
  overrides: Partial<CreateWorkPlanRequest> = {},
): Promise<WorkPlan> {
  const response = await session.request(
    'POST',
    `/api/v1/partnerships/${partnershipId}/work-plans`,
    workPlanBody(overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`work plan create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A review link for the plan; the token is the last segment of its URL. */
export async function issueReviewLinkVia(
  session: Session,
  workPlanId: string,
): Promise<{ url: string; token: string; expiresAt: string; whatsAppText: string }> {
  const response = await session.request('POST', `/api/v1/work-plans/${workPlanId}/review-links`, {});
  if (response.statusCode !== 201)
    throw new Error(`review link failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ url: string; expiresAt: string; whatsAppText: string }>();
  return { ...body, token: body.url.split('/').at(-1)! };
}
