import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../src/server/app';
import { createInstitutionWorld, type InstitutionWorld } from '../factories/institution-world';
import { countInstitutionTables, snapshotInstitution } from '../factories/institution-snapshot';
import { createUserFixture, logInAs, type Session } from '../factories/people';
import { fullUrl, routeCases, routeKey, type RouteFixtures } from '../setup/route-cases';
import { mutatingCaseFor } from '../setup/route-cases-without-id';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

const idRoutes = allRoutes.filter((route) => route.path.includes(':'));
const missingFixtures: RouteFixtures = {
  institutionId: '01900000-0000-7000-8000-000000000000',
  userId: '01900000-0000-7000-8000-000000000001',
  apiTokenId: '01900000-0000-7000-8000-000000000002',
  partnerId: '01900000-0000-7000-8000-000000000003',
  contactId: '01900000-0000-7000-8000-000000000004',
  categoryCode: 'custom:tidak-pernah-ada',
  patternCode: 'custom:pola-tidak-pernah-ada',
  jobId: '01900000-0000-7000-8000-000000000005',
  partnershipId: '01900000-0000-7000-8000-000000000006',
  interactionId: '01900000-0000-7000-8000-000000000007',
  needId: '01900000-0000-7000-8000-0000000000b9',
  attachmentId: '01900000-0000-7000-8000-000000000008',
  meetingId: '01900000-0000-7000-8000-0000000000c1',
  workPlanId: '01900000-0000-7000-8000-0000000000d1',
  workPlanReviewToken: 'tautan-yang-tidak-pernah-ada',
  signingAgreementId: '01900000-0000-7000-8000-0000000000e2',
  signatureId: '01900000-0000-7000-8000-0000000000e3',
  agreementSigningToken: 'tautan-tanda-tangan-yang-tidak-pernah-ada',
  agreementId: '01900000-0000-7000-8000-0000000000e4',
  agreementCommentId: '01900000-0000-7000-8000-0000000000e5',
  agreementReviewToken: 'tautan-tinjauan-yang-tidak-pernah-ada',
  workPlanItemId: '01900000-0000-7000-8000-0000000000d2',
  activityId: '01900000-0000-7000-8000-0000000000d3',
  activityEvidenceId: '01900000-0000-7000-8000-0000000000d4',
  activityEvidenceToken: 'tautan-bukti-yang-tidak-pernah-ada',
  problemId: '01900000-0000-7000-8000-0000000000a7',
  monitoringVisitId: '01900000-0000-7000-8000-0000000000a8',
  evaluationId: '01900000-0000-7000-8000-0000000000f1',
  evaluationPartnerToken: 'tautan-evaluasi-yang-tidak-pernah-ada',
  holidayId: '01900000-0000-7000-8000-0000000000h1',
  occasionId: '01900000-0000-7000-8000-0000000000h2',
  gatheringId: '01900000-0000-7000-8000-0000000000h3',
  gatheringInvitationId: '01900000-0000-7000-8000-0000000000h4',
  gatheringInvitationToken: 'tautan-temu-mitra-yang-tidak-pernah-ada',
  notificationId: '01900000-0000-7000-8000-00000000a0e1',
  feedbackRequestId: '01900000-0000-7000-8000-0000000000f5',
  feedbackToken: 'tautan-umpan-balik-yang-tidak-pernah-ada',
  valueRecordId: '01900000-0000-7000-8000-0000000000f6',
  messageTemplateId: '01900000-0000-7000-8000-0000000000f7',
  outgoingMessageId: '01900000-0000-7000-8000-0000000000f8',
  consentContactId: '01900000-0000-7000-8000-0000000000f9',
};

/** The fixtures that are partner-link tokens (`…Token`), as opposed to record ids. */
function linkTokensOf(fixtures: RouteFixtures): Partial<RouteFixtures> {
  return Object.fromEntries(Object.entries(fixtures).filter(([key]) => key.endsWith('Token')));
}

it('every route that takes an id has an isolation case', () => {
  const missing = idRoutes.map(routeKey).filter((key) => !routeCases[key]);
  expect(missing, 'add these routes to tests/setup/route-cases.ts').toEqual([]);
  expect(idRoutes.length).toBeGreaterThan(5);
});

describeEachDatabase('tenant isolation (promise 1, 2)', (dialect) => {
  let t: TestApp;
  let a: InstitutionWorld;
  let b: InstitutionWorld;
  let outsiders: { role: string; session: Session }[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await createInstitutionWorld(t, '63.72');
    b = await createInstitutionWorld(t, '64.71');
    const manager = await createUserFixture(t, a.fixtures.institutionId, 'manager');
    const facilitator = await createUserFixture(t, a.fixtures.institutionId, 'facilitator');
    const supervisor = await createUserFixture(t, a.fixtures.institutionId, 'supervisor', {
      supervisedRegionCodes: ['63'],
    });
    outsiders = [
      { role: 'manager', session: await logInAs(t, manager.email) },
      { role: 'facilitator', session: await logInAs(t, facilitator.email) },
      { role: 'supervisor of another region', session: await logInAs(t, supervisor.email) },
    ];
  });
  afterAll(() => t.close());

  const snapshotOfB = () => snapshotInstitution(t.deps.db, dialect, b.fixtures.institutionId);

  it("B's snapshot covers every table with an institution_id, and sees a change to any of them", async () => {
    expect(await countInstitutionTables(t.deps.db, dialect)).toBeGreaterThan(40);
    const before = await snapshotOfB();
    await t.deps.db
      .updateTable('partner_contacts')
      .set({ position: 'Diubah oleh penguji' })
      .where('institution_id', '=', b.fixtures.institutionId)
      .execute();
    expect(await snapshotOfB()).not.toBe(before);
  });

  it.each(idRoutes.map((route) => [routeKey(route), route] as const))(
    "%s: another institution's record answers exactly like a missing one (reference data: like its own)",
    async (_key, route) => {
      const build = routeCases[routeKey(route)]!;
      const before = await snapshotOfB();
      // A partner's link is its own credential: A's link tokens on B's (or missing) ids must open nothing.
      const tokens = route.access.kind === 'public' ? linkTokensOf(a.fixtures) : {};
      for (const { role, session } of outsiders) {
        const foreign = build({ ...b.fixtures, ...tokens });
        const missing = build({ ...missingFixtures, ...tokens });
        const foreignResponse = await session.request(
          route.method,
          fullUrl(foreign.url),
          foreign.payload,
          foreign.headers,
        );
        const missingResponse = await session.request(
          route.method,
          fullUrl(missing.url),
          missing.payload,
          missing.headers,
        );
        const context = `${role}: ${foreignResponse.body}`;
        if (foreign.sharedReference) {
          // Reference data belongs to no institution: every caller reads the same record.
          expect(foreignResponse.statusCode, context).toBe(200);
          expect(missingResponse.statusCode, context).toBe(200);
          expect(foreignResponse.body).toBe(missingResponse.body);
          continue;
        }
        if (foreignResponse.statusCode === 403) {
          // The role may not use this route at all: refused before any record is looked up.
          expect(missingResponse.statusCode, context).toBe(403);
          expect(foreignResponse.json().error.code, context).toBe(missingResponse.json().error.code);
          continue;
        }
        expect(foreignResponse.statusCode, context).toBe(404);
        expect(missingResponse.statusCode, context).toBe(404);
        expect(foreignResponse.json().error.code).toBe(missingResponse.json().error.code);
      }
      expect(await snapshotOfB()).toBe(before);
    },
  );

  let linkingChecked = 0;
  const linkedWithoutId: string[] = [];
  const linkingCaseFor = mutatingCaseFor;
  const linkingRoutes = allRoutes.filter(
    (route) =>
      route.method !== 'GET' && linkingCaseFor(route) !== undefined && route.access.kind !== 'public',
  );

  it.each(linkingRoutes.map((route) => [routeKey(route), route] as const))(
    "%s: a body naming another institution's records is refused, and theirs stay unchanged",
    async (_key, route) => {
      const build = linkingCaseFor(route)!;
      const own = build(a.fixtures);
      const linking = build(b.fixtures);
      // Only bodies that carry one of B's record ids link to B; the rest are refused or not for other reasons.
      const body = Buffer.isBuffer(linking.payload)
        ? linking.payload.toString('latin1')
        : JSON.stringify(linking.payload ?? null);
      const bIds = Object.values(b.fixtures).filter((value) => !Object.values(a.fixtures).includes(value));
      if (!bIds.some((id) => body.includes(id))) return;
      linkingChecked += 1;
      if (!routeCases[routeKey(route)]) linkedWithoutId.push(routeKey(route));
      const before = await snapshotOfB();
      const response = await a.admin.request(
        route.method,
        fullUrl(own.url),
        linking.payload,
        linking.headers,
      );
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, response.body).toBeLessThan(500);
      expect(await snapshotOfB()).toBe(before);
    },
  );

  it('the linking check reached the routes whose bodies carry record ids, with an id in the path or not', () => {
    expect(linkingChecked).toBeGreaterThanOrEqual(5);
    expect(linkedWithoutId).toEqual(
      expect.arrayContaining(['POST /interactions', 'POST /partnerships', 'POST /agreements']),
    );
  });

  it("lists never show another institution's rows", async () => {
    const session = outsiders[0]!.session;
    const institutions = await session.request('GET', '/api/v1/institutions');
    expect(institutions.json().items.map((i: { id: string }) => i.id)).toEqual([a.fixtures.institutionId]);
    const audit = await session.request('GET', '/api/v1/audit-events?limit=200');
    expect(audit.statusCode).toBe(200);
    const foreignIds = new Set([b.fixtures.institutionId]);
    for (const event of audit.json().items as { institutionId: string }[]) {
      expect(foreignIds.has(event.institutionId)).toBe(false);
    }
    const map = await session.request('GET', '/api/v1/partners/map');
    expect(map.statusCode, map.body).toBe(200);
    const points = map.json<{ points: { id: string }[] }>().points.map((point) => point.id);
    expect(points).toContain(a.fixtures.partnerId);
    expect(points).not.toContain(b.fixtures.partnerId);
    const tokens = await a.admin.request('GET', '/api/v1/api-tokens');
    expect(tokens.json().items.map((x: { id: string }) => x.id)).not.toContain(b.fixtures.apiTokenId);
  });
});
