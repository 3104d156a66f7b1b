import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountFailureLimit } from './login-throttle';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  standardPassword,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('sign-in, sessions and tokens (promises 5–8)', (dialect) => {
  let t: TestApp;
  let institutionId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    institutionId = (await createInstitutionFixture(t)).institutionId;
  });
  afterAll(() => t.close());

  it('logs in, rotates the session at each sign-in, and a logged-out cookie replays as 401', async () => {
    const user = await createUserFixture(t, institutionId, 'manager');
    const first = await logInAs(t, user.email);
    const me = await first.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);
    expect(me.json().permissions).toContain('users.manage');

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      cookies: { jalin_session: first.cookie },
      payload: { email: user.email, password: standardPassword },
    });
    expect(second.statusCode, second.body).toBe(200);
    const rotated = second.cookies.find((c) => c.name === 'jalin_session')!;
    expect(rotated.value).not.toBe(first.cookie);
    expect(rotated.httpOnly).toBe(true);
    expect(rotated.sameSite).toBe('Lax');
    expect((await first.request('GET', '/api/v1/me')).statusCode).toBe(401);

    const session = await logInAs(t, user.email);
    expect((await session.request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    const replay = await session.request('GET', '/api/v1/me');
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same for an unknown email and a wrong password, and throttles per account', async () => {
    const user = await createUserFixture(t, institutionId, 'facilitator');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'tidak.ada@contoh.id', password: 'salah sekali' },
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'salah sekali' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');

    for (let i = 1; i < accountFailureLimit; i += 1) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'salah sekali' },
      });
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: standardPassword },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('LOGIN_THROTTLED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const auditBefore = await t.deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'auth.login')
      .execute();

    t.clock.advance(16 * 60_000);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: standardPassword },
    });
    expect(after.statusCode).toBe(200);
    const auditAfter = await t.deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'auth.login')
      .execute();
    expect(auditAfter.length).toBe(auditBefore.length + 1);
  });

  it('throttles a flood from one address across many accounts', async () => {
    const flood = Array.from({ length: 40 }, (_, i) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.8.7',
        payload: { email: `banjir${i}@contoh.id`, password: 'salah sekali' },
      }),
    );
    const statuses = [];
    for (const request of flood) statuses.push((await request).statusCode);
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    t.clock.advance(16 * 60_000);
  });

  it('ends sessions after the idle timeout', async () => {
    const user = await createUserFixture(t, institutionId, 'viewer');
    const session = await logInAs(t, user.email);
    t.clock.advance(t.deps.config.sessionIdleMinutes * 60_000 + 1000);
    expect((await session.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it("a disabled user's sessions and API tokens stop on the next request", async () => {
    const { adminEmail } = await createInstitutionFixture(t);
    const admin = await logInAs(t, adminEmail);
    const manager = await createUserFixture(t, admin.institutionId, 'manager');
    const managerSession = await logInAs(t, manager.email);
    const created = await managerSession.request('POST', '/api/v1/api-tokens', { name: 'Skrip rekap' });
    expect(created.statusCode).toBe(201);
    const secret: string = created.json().secret;
    const bearer = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${secret}` } });
    expect((await bearer()).statusCode).toBe(200);

    const row = await t.deps.db
      .selectFrom('users')
      .select('version')
      .where('id', '=', manager.userId)
      .executeTakeFirstOrThrow();
    const disable = await admin.request(
      'PATCH',
      `/api/v1/institutions/${admin.institutionId}/users/${manager.userId}`,
      {
        version: row.version,
        disabled: true,
      },
    );
    expect(disable.statusCode).toBe(200);
    expect(disable.json().status).toBe('disabled');
    expect((await managerSession.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await bearer()).statusCode).toBe(401);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: manager.email, password: standardPassword },
    });
    expect(relogin.statusCode).toBe(401);
  });

  it('a revoked API token stops; bearer requests need no CSRF token', async () => {
    const user = await createUserFixture(t, institutionId, 'manager');
    const session = await logInAs(t, user.email);
    const { secret, apiToken } = (
      await session.request('POST', '/api/v1/api-tokens', { name: 'Sinkron' })
    ).json();
    const viaToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${secret}` },
      payload: { locale: 'en' },
    });
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json().user.locale).toBe('en');
    expect((await session.request('DELETE', `/api/v1/api-tokens/${apiToken.id}`)).statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated change without the CSRF token or from a foreign origin', async () => {
    const user = await createUserFixture(t, institutionId, 'manager');
    const session = await logInAs(t, user.email);
    const url = `/api/v1/institutions/${institutionId}`;
    const noToken = await t.app.inject({
      method: 'PATCH',
      url,
      cookies: { jalin_session: session.cookie },
      payload: { version: 1, address: 'X' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    const foreign = await session.request(
      'PATCH',
      url,
      { version: 1, address: 'X' },
      { origin: 'https://penipu.example' },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('CSRF_INVALID');
    const row = await t.deps.db
      .selectFrom('institutions')
      .select('address')
      .where('id', '=', institutionId)
      .executeTakeFirstOrThrow();
    expect(row.address).toBeNull();
  });
});
