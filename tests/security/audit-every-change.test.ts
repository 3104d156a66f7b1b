import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../src/server/app';
import { describeChanges, snapshotEveryTable, type IgnoredColumns } from '../factories/every-table-snapshot';
import { createInstitutionWorld, type InstitutionWorld } from '../factories/institution-world';
import { fullUrl, routeCases, routeKey } from '../setup/route-cases';
import { mutatingCasesWithoutId } from '../setup/route-cases-without-id';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

// Signing out ends the session the walk uses, so it goes last.
const mutatingRoutes = allRoutes
  .filter((route) => route.method !== 'GET')
  .sort((a, b) => Number(a.path === '/auth/logout') - Number(b.path === '/auth/logout'));

/**
 * Changes that are not a state change someone asked for, so they carry no audit row:
 * - authentication notes a session's or token's last use (the idle timeout reads it);
 * - failed sign-ins are counted by the throttle (promise 6), before anyone is known;
 * - a notification marked read is the reader's own inbox, not the institution's records;
 * - the dashboard's roll-ups are a cache of figures derived from the audit log itself (ADR 0024).
 */
const notAudited: IgnoredColumns = {
  sessions: ['last_seen_at'],
  api_tokens: ['last_used_at'],
  login_throttle: 'whole table',
  notifications: ['read_at'],
  rollup_figures: 'whole table',
  rollup_states: 'whole table',
};

describeEachDatabase(
  'every state change writes its audit row, with the request id (promise 13)',
  (dialect) => {
    let t: TestApp;
    let world: InstitutionWorld;
    let changedRoutes = 0;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      world = await createInstitutionWorld(t, '63.72');
    });
    afterAll(() => t.close());

    it.each(mutatingRoutes.map((route) => [routeKey(route), route] as const))(
      '%s: a request that changed rows left an audit row carrying its request id',
      async (key, route) => {
        const build = routeCases[key];
        const withoutId = mutatingCasesWithoutId[key];
        if (!build && !withoutId) throw new Error(`${key} has no request case`);
        const request = build
          ? build(world.fixtures)
          : withoutId!({ ...world.fixtures, passwordLinkToken: 'tautan-yang-tidak-pernah-ada', year: 2026 });
        // Background jobs queued by earlier routes finish first, so their writes are not read as this route's.
        await t.deps.jobs.whenIdle();
        const before = await snapshotEveryTable(t.deps.db, dialect, notAudited);
        const response = await world.admin.request(route.method, fullUrl(request.url), request.payload, {
          ...request.headers,
        });
        await t.deps.jobs.whenIdle();
        const changes = describeChanges(before, await snapshotEveryTable(t.deps.db, dialect, notAudited));
        if (changes.length === 0) return;
        changedRoutes += 1;
        const requestId = String(response.headers['x-request-id']);
        const audit = await t.deps.db
          .selectFrom('audit_events')
          .select('action')
          .where('request_id', '=', requestId)
          .execute();
        expect(audit.length, `${key} changed ${changes.join('; ')} with no audit row`).toBeGreaterThan(0);
      },
    );

    it('the walk ran signed in until the end, so every route was really tried', async () => {
      expect((await world.admin.request('GET', '/api/v1/me')).statusCode).toBe(401);
    });

    it('the walk reached the routes whose requests change rows', () => {
      expect(changedRoutes).toBeGreaterThan(40);
    });
  },
);
