import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnerVia } from '../../../../tests/factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { snapshotTables } from '../../../../tests/factories/table-snapshot';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { refreshStaleRollups } from './index';

const header = 'x-jalin-institution';

describeEachDatabase('district roll-up and drill-down', (dialect) => {
  let t: TestApp;
  let supervisor: Session;
  let banjarbaru: Session;
  let banjarmasin: Session;
  let surabaya: Session;

  async function institutionWithManager(name: string, regionCode: string): Promise<Session> {
    const { institutionId } = await createInstitutionFixture(t, { name, regionCode });
    const manager = await createUserFixture(t, institutionId, 'manager');
    return logInAs(t, manager.email);
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    supervisor = await signedInInstitution(t, 'supervisor', {
      regionCode: '63',
      supervisedRegionCodes: ['63'],
    });
    banjarbaru = await institutionWithManager('LKP Tas Rajut Banjarbaru', '63.72');
    banjarmasin = await institutionWithManager('LKP Sasirangan Banjarmasin', '63.71');
    surabaya = await institutionWithManager('LKP Batik Surabaya', '35.78');
    for (const [session, count] of [
      [banjarbaru, 3],
      [banjarmasin, 2],
      [surabaya, 1],
    ] as const) {
      for (let index = 0; index < count; index += 1) await createPartnerVia(session);
    }
    // One partner without a point: on the list, not on the map.
    await createPartnerVia(banjarmasin, { location: null });
    const points: [Session, number, number][] = [
      [banjarbaru, -3.4431, 114.8308],
      [banjarmasin, -3.3194, 114.5908],
      [surabaya, -7.2575, 112.7521],
    ];
    for (const [session, latitude, longitude] of points) {
      const url = `/api/v1/institutions/${session.institutionId}`;
      const current = (await session.request('GET', url)).json<{ version: number }>();
      const admin = await logInAs(t, await adminEmailOf(session.institutionId));
      const patched = await admin.request('PATCH', url, { version: current.version, latitude, longitude });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({ latitude, longitude });
    }
    await refreshStaleRollups(t.deps);
  });
  afterAll(() => t.close());

  async function adminEmailOf(institutionId: string): Promise<string> {
    const row = await t.deps.db
      .selectFrom('users')
      .select('email')
      .where('institution_id', '=', institutionId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    return row.email;
  }

  it("a supervisor of 63 sees Kalimantan Selatan's two institutions, not its own office nor Surabaya", async () => {
    const response = await supervisor.request(
      'GET',
      '/api/v1/reports/region?code=63&from=2026-01&to=2026-12',
    );
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.region).toEqual({ code: '63', name: 'Kalimantan Selatan' });
    expect(report.period).toEqual({ from: '2026-01', to: '2026-12' });
    expect(report.institutions.map((institution: { name: string }) => institution.name)).toEqual([
      'LKP Sasirangan Banjarmasin',
      'LKP Tas Rajut Banjarbaru',
    ]);
    expect(report.totals.institutions).toBe(2);
    expect(report.totals.partners).toBe(6);
    const narrower = (await supervisor.request('GET', '/api/v1/reports/region?code=63.72')).json();
    expect(narrower.institutions.map((institution: { id: string }) => institution.id)).toEqual([
      banjarbaru.institutionId,
    ]);
  });

  it("every institution's figures equal its own dashboard, read by its manager and through the drill-down", async () => {
    const query = 'from=2026-01&to=2026-12';
    const report = (await supervisor.request('GET', `/api/v1/reports/region?code=63&${query}`)).json();
    for (const [session, row] of [
      [banjarbaru, report.institutions.find((i: { id: string }) => i.id === banjarbaru.institutionId)],
      [banjarmasin, report.institutions.find((i: { id: string }) => i.id === banjarmasin.institutionId)],
    ] as const) {
      const own = (await session.request('GET', `/api/v1/reports/dashboard?${query}`)).json();
      const drilled = await supervisor.request('GET', `/api/v1/reports/dashboard?${query}`, undefined, {
        [header]: session.institutionId,
      });
      expect(drilled.statusCode, drilled.body).toBe(200);
      expect(drilled.json().institution.id).toBe(session.institutionId);
      for (const dashboard of [own, drilled.json()]) {
        expect(row.partners).toBe(dashboard.partners.total);
        expect(row.neglectedPartners).toBe(dashboard.partners.neglected);
        expect(row.activeAgreements).toBe(dashboard.agreements.active + dashboard.agreements.expiring);
        expect(row.expiringAgreements).toBe(dashboard.agreements.expiring);
        expect(row.outcomes).toEqual(dashboard.outcomes);
      }
      const partners = (await session.request('GET', '/api/v1/partners?limit=100')).json();
      expect(row.partners).toBe(partners.items.length);
    }
  });

  it('the map shows located institutions and their located partners', async () => {
    const response = await supervisor.request('GET', '/api/v1/reports/region/map?code=63');
    expect(response.statusCode, response.body).toBe(200);
    const map = response.json();
    expect(map.institutions.map((i: { name: string }) => i.name).sort()).toEqual([
      'LKP Sasirangan Banjarmasin',
      'LKP Tas Rajut Banjarbaru',
    ]);
    expect(map.partners).toHaveLength(5);
    expect(new Set(map.partners.map((p: { institutionId: string }) => p.institutionId))).toEqual(
      new Set([banjarbaru.institutionId, banjarmasin.institutionId]),
    );
    expect(map.truncated).toBe(false);
  });

  it('a region outside the supervised codes, or unknown, is 404 REGION_NOT_FOUND', async () => {
    for (const url of [
      '/api/v1/reports/region?code=35',
      '/api/v1/reports/region/map?code=35.78',
      '/api/v1/reports/region?code=63.99',
    ]) {
      const response = await supervisor.request('GET', url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('REGION_NOT_FOUND');
    }
    const bad = await supervisor.request('GET', '/api/v1/reports/region?code=63-72');
    expect(bad.statusCode).toBe(400);
  });

  it('a manager may not read the district roll-up', async () => {
    const response = await banjarbaru.request('GET', '/api/v1/reports/region?code=63');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });

  it("the drill-down header reads another institution's partners within the region, as that institution", async () => {
    const response = await supervisor.request('GET', '/api/v1/partners?limit=100', undefined, {
      [header]: banjarmasin.institutionId,
    });
    expect(response.statusCode, response.body).toBe(200);
    const own = (await banjarmasin.request('GET', '/api/v1/partners?limit=100')).json();
    expect(response.json().items.map((p: { id: string }) => p.id)).toEqual(
      own.items.map((p: { id: string }) => p.id),
    );
    const me = await supervisor.request('GET', '/api/v1/me', undefined, {
      [header]: banjarmasin.institutionId,
    });
    expect(me.json().institution.name).toBe('LKP Sasirangan Banjarmasin');
    expect(me.json().user.role).toBe('supervisor');
  });

  it('an institution outside the regions, or unknown, is 404 INSTITUTION_NOT_FOUND', async () => {
    for (const id of [surabaya.institutionId, '0190a0a0-0000-7000-8000-000000000000', 'bukan-id']) {
      const response = await supervisor.request('GET', '/api/v1/partners', undefined, { [header]: id });
      expect(response.statusCode, id).toBe(404);
      expect(response.json().error.code).toBe('INSTITUTION_NOT_FOUND');
    }
  });

  it('a write carrying the header is refused and writes nothing, whoever sends it', async () => {
    const before = await snapshotTables(t.deps.db);
    for (const [session, target] of [
      [supervisor, banjarmasin.institutionId],
      [banjarmasin, banjarmasin.institutionId],
      [banjarbaru, banjarmasin.institutionId],
    ] as const) {
      const response = await session.request(
        'POST',
        '/api/v1/partners',
        { name: 'Mitra Titipan', category: 'business', region: { provinceCode: '63', regencyCode: '63.71' } },
        { [header]: target },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('VIEWING_INSTITUTION_READ_ONLY');
    }
    expect(await snapshotTables(t.deps.db)).toBe(before);
  });

  it('nothing is writable for the supervisor, in its own office or a drilled one', async () => {
    const before = await snapshotTables(t.deps.db);
    const response = await supervisor.request('POST', '/api/v1/partners', {
      name: 'Mitra Penilik',
      category: 'business',
      region: { provinceCode: '63', regencyCode: '63.72' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
    expect(await snapshotTables(t.deps.db)).toBe(before);
  });

  it("a manager's header names only its own institution (a no-op); another is 404", async () => {
    const own = await banjarbaru.request('GET', '/api/v1/partners', undefined, {
      [header]: banjarbaru.institutionId,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(3);
    const other = await banjarbaru.request('GET', '/api/v1/partners', undefined, {
      [header]: banjarmasin.institutionId,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('INSTITUTION_NOT_FOUND');
  });

  it('an institution point is a pair inside Indonesia', async () => {
    const admin = await logInAs(t, await adminEmailOf(banjarbaru.institutionId));
    const url = `/api/v1/institutions/${banjarbaru.institutionId}`;
    const current = (await admin.request('GET', url)).json<{ version: number }>();
    for (const body of [
      { version: current.version, latitude: -3.4 },
      { version: current.version, latitude: -3.4, longitude: null },
      { version: current.version, latitude: 48.85, longitude: 2.35 },
    ]) {
      const response = await admin.request('PATCH', url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const cleared = await admin.request('PATCH', url, {
      version: current.version,
      latitude: null,
      longitude: null,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ latitude: null, longitude: null });
  });
});
