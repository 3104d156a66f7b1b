import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../src/server/app';
import { can, permissions, roleMatrix, roles, type Role } from '../../src/shared/domain/roles';
import { createInstitutionWorld, type InstitutionWorld } from '../factories/institution-world';
import { createUserFixture, logInAs, type Session } from '../factories/people';
import { fullUrl, requestFor, routeKey } from '../setup/route-cases';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

const guardedRoutes = allRoutes.filter(
  (route) => route.access.kind === 'authenticated' && route.access.permission,
);

it('the matrix decides every role and permission, and every permission guards a route', () => {
  for (const role of roles)
    for (const permission of permissions) expect(typeof roleMatrix[role][permission]).toBe('boolean');
  const used = new Set(
    guardedRoutes.map((r) => (r.access.kind === 'authenticated' ? r.access.permission : null)),
  );
  expect(
    permissions.filter((p) => !used.has(p)),
    'permissions no route checks',
  ).toEqual([]);
  expect(can('supervisor', 'institution.update')).toBe(false);
  expect(can('manager', 'institution.create')).toBe(false);
});

describeEachDatabase('role matrix, cell by cell over HTTP (promise 5)', (dialect) => {
  let t: TestApp;
  let world: InstitutionWorld;
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createInstitutionWorld(t, '63.72');
    sessions.set('admin', world.admin);
    for (const role of roles.filter((r) => r !== 'admin')) {
      const user = await createUserFixture(t, world.fixtures.institutionId, role, {
        supervisedRegionCodes: ['63'],
      });
      sessions.set(role, await logInAs(t, user.email));
    }
  });
  afterAll(() => t.close());

  const cells = guardedRoutes.flatMap((route) =>
    roles.map((role) => [routeKey(route), role, route] as const),
  );

  it.each(cells)('%s as %s', async (_key, role, route) => {
    if (route.access.kind !== 'authenticated' || !route.access.permission) throw new Error('unguarded');
    const allowed = can(role, route.access.permission);
    // A fresh target for each cell, so an earlier cell (a disable, a revoke) cannot decide this one.
    const target = await createUserFixture(t, world.fixtures.institutionId, 'viewer');
    const token = await world.admin.request('POST', '/api/v1/api-tokens', { name: `sel ${role}` });
    const request = requestFor(route, {
      ...world.fixtures,
      userId: target.userId,
      apiTokenId: token.json<{ apiToken: { id: string } }>().apiToken.id,
    });
    const response = await sessions
      .get(role)!
      .request(route.method, fullUrl(request.url), request.payload, request.headers);
    const code = response.statusCode >= 400 ? response.json<{ error: { code: string } }>().error.code : null;
    if (allowed) {
      expect(code, `${role} should pass ${route.access.permission}: ${response.body}`).not.toBe('FORBIDDEN');
      expect(response.statusCode).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
      expect(code).toBe('FORBIDDEN');
    }
  });

  it('a supervisor reads institutions of its regions and nothing else, and writes nothing', async () => {
    const inRegion = await createInstitutionWorld(t, '63.03');
    const outside = await createInstitutionWorld(t, '64.71');
    const supervisor = sessions.get('supervisor')!;
    expect(
      (await supervisor.request('GET', `/api/v1/institutions/${inRegion.fixtures.institutionId}`)).statusCode,
    ).toBe(200);
    expect(
      (await supervisor.request('GET', `/api/v1/institutions/${outside.fixtures.institutionId}`)).statusCode,
    ).toBe(404);
    const list = await supervisor.request('GET', '/api/v1/institutions?limit=200');
    const ids = list.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(ids).toContain(inRegion.fixtures.institutionId);
    expect(ids).not.toContain(outside.fixtures.institutionId);
    const patch = await supervisor.request(
      'PATCH',
      `/api/v1/institutions/${inRegion.fixtures.institutionId}`,
      {
        version: 1,
        name: 'Diubah penilik',
      },
    );
    expect(patch.statusCode).toBe(403);
  });

  it('a manager cannot hand out admin or supervisor, nor touch an admin', async () => {
    const manager = sessions.get('manager')!;
    const base = `/api/v1/institutions/${world.fixtures.institutionId}/users`;
    for (const role of ['admin', 'supervisor']) {
      const response = await manager.request('POST', base, {
        name: 'Calon',
        email: `calon.${role}.${dialect}@contoh.id`,
        role,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('ROLE_NOT_ASSIGNABLE');
    }
    const adminRow = await t.deps.db
      .selectFrom('users')
      .select(['id', 'version'])
      .where('role', '=', 'admin')
      .where('institution_id', '=', world.fixtures.institutionId)
      .executeTakeFirstOrThrow();
    const demote = await manager.request('PATCH', `${base}/${adminRow.id}`, {
      version: adminRow.version,
      disabled: true,
    });
    expect(demote.json().error.code).toBe('ROLE_NOT_ASSIGNABLE');
  });
});
