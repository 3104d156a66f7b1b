import type { Agreement, CreateAgreementRequest } from '../../src/shared/contracts/agreements';
import type { TestApp } from '../setup/test-app';
import { createActivityVia } from './activities';
import { createAgreementVia, partnerSignatory, requestSignaturesVia } from './agreements';
import { createInteractionVia, createPartnershipVia } from './engagement';
import { feedbackAnswerBody, publicFeedbackRequest, requestFeedbackVia } from './feedback';
import { createContactVia, createPartnerVia } from './partners';
import { logInAs, type Session } from './people';
import { drawnSignaturePng, signatureForm } from './signatures';
import { createWorkPlanVia, placementItemBody, workPlanItemBody } from './work-plans';
import { institutionSignatory } from './agreements';

const dayMs = 86_400_000;

export async function moveVia(session: Session, partnershipId: string, to: string, reason?: string) {
  const response = await session.request('POST', `/api/v1/partnerships/${partnershipId}/transitions`, {
    to,
    ...(reason ? { reason } : {}),
  });
  if (response.statusCode !== 200)
    throw new Error(`move to ${to} failed: ${response.statusCode} ${response.body}`);
}

/** An agreement signed by both sides through the real signing routes, so it is active. */
export async function activeAgreementVia(
  t: TestApp,
  session: Session,
  input: {
    partnershipId: string;
    partnerId: string;
    startsOn: string;
    endsOn: string;
  } & Partial<CreateAgreementRequest>,
): Promise<Agreement> {
  const agreement = await requestSignaturesVia(session, await createAgreementVia(session, input));
  const drawn = await drawnSignaturePng();
  const ours = signatureForm({
    method: 'drawn',
    confirmName: institutionSignatory.name,
    confirmPosition: institutionSignatory.position,
    versionNumber: agreement.currentVersion,
    file: drawn,
  });
  const signed = await session.request(
    'POST',
    `/api/v1/agreements/${agreement.id}/signatures`,
    ours.payload,
    ours.headers,
  );
  if (signed.statusCode !== 201) throw new Error(`signing failed: ${signed.body}`);
  const link = await session.request('POST', `/api/v1/agreements/${agreement.id}/signing-links`, {});
  if (link.statusCode !== 201) throw new Error(`signing link failed: ${link.body}`);
  const token = link.json<{ url: string }>().url.split('/').at(-1)!;
  const theirs = signatureForm({
    method: 'drawn',
    confirmName: partnerSignatory.name,
    confirmPosition: partnerSignatory.position,
    versionNumber: agreement.currentVersion,
    file: drawn,
  });
  const partnerSigned = await t.app.inject({
    method: 'POST',
    url: `/api/v1/public/agreements/${agreement.id}/signing/${token}`,
    payload: theirs.payload,
    headers: theirs.headers,
  });
  if (partnerSigned.statusCode !== 201) throw new Error(`partner signing failed: ${partnerSigned.body}`);
  return agreement;
}

export async function answerFeedbackVia(
  t: TestApp,
  session: Session,
  partnerId: string,
  contactId: string,
  answer: { satisfaction: number; recommend: number },
): Promise<void> {
  const issued = await requestFeedbackVia(session, partnerId, contactId);
  const response = await publicFeedbackRequest(
    t,
    'POST',
    issued.request.id,
    issued.token,
    feedbackAnswerBody(answer),
  );
  if (response.statusCode >= 300)
    throw new Error(`feedback answer failed: ${response.statusCode} ${response.body}`);
}

/**
 * The dashboard test's institution, made through the API on a fixed clock (2026-11-20, WITA):
 * three partners in two regencies, a partnership moved mapping → analysis → not pursued (two and
 * three days per stay), one entered at implementation with a plan, an active and an expiring
 * agreement, activities on time, late, overdue, unplanned, cancelled and one of last year, and two
 * answered feedback requests.
 */
export async function buildDashboardWorld(t: TestApp, adminEmail: string) {
  const start = new Date('2026-11-10T02:00:00.000Z');
  t.clock.set(start);
  // Days pass between the moves and a session idles out: sign in again after each jump.
  let admin = await logInAs(t, adminEmail);
  const p1 = await createPartnerVia(admin, { category: 'business' });
  const p2 = await createPartnerVia(admin, { category: 'business' });
  const p3 = await createPartnerVia(admin, {
    category: 'cooperative',
    region: { provinceCode: '63', regencyCode: '63.71' },
  });
  const c1 = await createContactVia(admin, p1.id);
  const c2 = await createContactVia(admin, p2.id);

  const explored = await createPartnershipVia(admin, [p1.id], { pattern: 'general_trade' });
  t.clock.set(new Date(start.getTime() + 2 * dayMs));
  admin = await logInAs(t, adminEmail);
  await moveVia(admin, explored.id, 'information_gathering');
  await createInteractionVia(admin, [p1.id], { occurredAt: t.clock.now().toISOString() });
  t.clock.set(new Date(start.getTime() + 5 * dayMs));
  admin = await logInAs(t, adminEmail);
  await moveVia(admin, explored.id, 'analysis');
  await moveVia(admin, explored.id, 'not_pursued', 'Mitra belum siap menerima peserta magang tahun ini');

  const running = await createPartnershipVia(admin, [p2.id], {
    pattern: 'foster',
    enteredAt: {
      stage: 'implementation',
      reason: 'Kemitraan sudah berjalan sejak 2024 sebelum memakai Jalin',
    },
  });
  const plan = await createWorkPlanVia(admin, running.id, {
    items: [workPlanItemBody(), placementItemBody()],
  });
  const [training, placement] = plan.items;
  await activeAgreementVia(t, admin, {
    partnershipId: running.id,
    partnerId: p2.id,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  await activeAgreementVia(t, admin, {
    partnershipId: running.id,
    partnerId: p2.id,
    startsOn: '2026-02-01',
    endsOn: '2027-01-31',
  });
  const done = { status: 'done' as const };
  // on time (item ends 2026-04-30), 18 learners trained
  await createActivityVia(admin, running.id, {
    ...done,
    workPlanItemId: training!.id,
    startedOn: '2026-04-01',
    endedOn: '2026-04-20',
    actualQuantity: 18,
    outcomeKind: 'learners_trained',
  });
  // late (item ends 2026-08-31), 5 graduates hired
  await createActivityVia(admin, running.id, {
    ...done,
    workPlanItemId: placement!.id,
    startedOn: '2026-08-01',
    endedOn: '2026-09-05',
    actualQuantity: 5,
    outcomeKind: 'graduates_hired',
  });
  // overdue: not done, its item ended 2026-08-31
  await createActivityVia(admin, running.id, {
    title: 'Penempatan gelombang kedua',
    status: 'in_progress',
    workPlanItemId: placement!.id,
    startedOn: '2026-08-10',
    endedOn: null,
    actualQuantity: null,
  });
  // unplanned, 7 more learners
  await createActivityVia(admin, running.id, {
    ...done,
    workPlanItemId: null,
    startedOn: '2026-10-05',
    endedOn: '2026-10-10',
    actualQuantity: 7,
    outcomeKind: 'learners_trained',
  });
  // cancelled: never counts
  await createActivityVia(admin, running.id, {
    title: 'Pameran batal',
    status: 'cancelled',
    workPlanItemId: training!.id,
    startedOn: null,
    endedOn: null,
    actualQuantity: null,
  });
  // last year: outside the default period
  await createActivityVia(admin, running.id, {
    ...done,
    workPlanItemId: null,
    startedOn: '2025-12-01',
    endedOn: '2025-12-15',
    actualQuantity: 4,
    outcomeKind: 'learners_trained',
  });

  t.clock.set(new Date('2026-11-20T03:00:00.000Z'));
  admin = await logInAs(t, adminEmail);
  await answerFeedbackVia(t, admin, p1.id, c1.id, { satisfaction: 4, recommend: 9 });
  await answerFeedbackVia(t, admin, p2.id, c2.id, { satisfaction: 2, recommend: 5 });
  return { admin, partners: [p1, p2, p3], explored, running, plan };
}
