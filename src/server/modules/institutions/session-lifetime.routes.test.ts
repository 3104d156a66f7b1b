import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config/config';
import { accountFailureLimit, addressFailureLimit } from './login-throttle';
import { issueSetupToken } from './set-up-first-institution';
import { createUserFixture, standardPassword } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

// The server as NODE_ENV=production configures it, with short session limits to walk through.
const production = loadConfig({
  NODE_ENV: 'production',
  SESSION_IDLE_MINUTES: '60',
  SESSION_ABSOLUTE_HOURS: '3',
});
const minute = 60_000;

describeEachDatabase('session lifetime, cookie and password storage (promises 6 and 7)', (dialect) => {
  let t: TestApp;
  let institutionId: string;
  let adminEmail: string;
  const adminPassword = 'benang sulam warna warni';

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      config: {
        cookieSecure: production.cookieSecure,
        sessionIdleMinutes: production.sessionIdleMinutes,
        sessionAbsoluteHours: production.sessionAbsoluteHours,
      },
    });
    adminEmail = 'siti@contoh.id';
    const setUp = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        token: await issueSetupToken(t.deps),
        institutionName: 'LKP Tas Rajut Banjarbaru',
        institutionKind: 'LKP',
        timeZone: 'WITA',
        managerName: 'Siti Rahmah',
        email: adminEmail,
        password: adminPassword,
      },
    });
    if (setUp.statusCode !== 201) throw new Error(setUp.body);
    institutionId = (await t.deps.db.selectFrom('institutions').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  function logIn(
    email: string,
    password: string,
    remoteAddress = '127.0.0.1',
  ): Promise<LightMyRequestResponse> {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      payload: { email, password },
    });
  }

  function readMe(cookie: string): Promise<LightMyRequestResponse> {
    return t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { jalin_session: cookie } });
  }

  async function storedHashOf(email: string): Promise<string> {
    const row = await t.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return row.password_hash ?? '';
  }

  it('a production sign-in sets the session cookie HttpOnly, SameSite=Lax and Secure, expiring at the absolute limit', async () => {
    expect(production.cookieSecure).toBe(true);
    const response = await logIn(adminEmail, adminPassword);
    expect(response.statusCode, response.body).toBe(200);
    const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const sessionCookie = header.find((value) => value.startsWith('jalin_session='));
    expect(sessionCookie).toBeDefined();
    const attributes = sessionCookie!.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('secure');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    const expires = attributes.find((part) => part.startsWith('expires='))!.slice('expires='.length);
    const absoluteEnd = t.clock.now().getTime() + production.sessionAbsoluteHours * 3_600_000;
    // The Expires attribute has whole seconds.
    expect(Math.abs(Date.parse(expires) - absoluteEnd)).toBeLessThan(1000);
  });

  it('a session kept active by requests still ends at SESSION_ABSOLUTE_HOURS', async () => {
    const response = await logIn(adminEmail, adminPassword);
    const cookie = response.cookies.find((c) => c.name === 'jalin_session')!.value;
    const started = t.clock.now().getTime();
    const absoluteEnd = started + production.sessionAbsoluteHours * 3_600_000;
    const step = (production.sessionIdleMinutes - 10) * minute;
    // A request well inside the idle limit each time, right up to the last second of the session.
    while (t.clock.now().getTime() + step < absoluteEnd) {
      t.clock.advance(step);
      expect((await readMe(cookie)).statusCode).toBe(200);
    }
    t.clock.set(new Date(absoluteEnd - 1000));
    expect((await readMe(cookie)).statusCode).toBe(200);

    t.clock.advance(1000);
    const ended = await readMe(cookie);
    expect(ended.statusCode).toBe(401);
    expect(ended.json().error.code).toBe('UNAUTHENTICATED');
    t.clock.advance(10 * minute);
    expect((await readMe(cookie)).statusCode).toBe(401);
    // The person signs in again and gets a new session; the old cookie stays dead.
    const again = await logIn(adminEmail, adminPassword);
    expect(again.statusCode).toBe(200);
    expect((await readMe(again.cookies.find((c) => c.name === 'jalin_session')!.value)).statusCode).toBe(200);
    expect((await readMe(cookie)).statusCode).toBe(401);
  });

  it('stores passwords as argon2id hashes, from the setup link and from a password link', async () => {
    const setupHash = await storedHashOf(adminEmail);
    expect(setupHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(setupHash).not.toContain(adminPassword);

    const admin = await logIn(adminEmail, adminPassword);
    const me = admin.json<{ csrfToken: string }>();
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/institutions/${institutionId}/users`,
      cookies: { jalin_session: admin.cookies.find((c) => c.name === 'jalin_session')!.value },
      headers: { 'x-csrf-token': me.csrfToken },
      payload: { name: 'Rahmat Hidayat', email: 'rahmat@contoh.id', role: 'facilitator' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await storedHashOf('rahmat@contoh.id')).toBe('');
    const token = new URL(
      created.json<{ passwordLink: { url: string } }>().passwordLink.url,
    ).searchParams.get('token');
    const password = 'jarum rajut bambu 2026';
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-link',
      payload: { token, password },
    });
    expect(set.statusCode, set.body).toBe(200);
    const linkHash = await storedHashOf('rahmat@contoh.id');
    expect(linkHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(linkHash).not.toBe(setupHash);
    expect((await logIn('rahmat@contoh.id', password)).statusCode).toBe(200);
  });

  it('throttles one address across accounts with 429, Retry-After and the per-account answer', async () => {
    const locked = await createUserFixture(t, institutionId, 'viewer');
    const guessedAddress = '10.1.1.1';
    for (let i = 0; i < accountFailureLimit; i += 1)
      await logIn(locked.email, 'salah sekali', guessedAddress);
    const perAccount = await logIn(locked.email, standardPassword, guessedAddress);
    expect(perAccount.statusCode).toBe(429);

    const flooding = '10.2.2.2';
    for (let i = 0; i < addressFailureLimit; i += 1) {
      const attempt = await logIn(`banjir${i}@contoh.id`, 'salah sekali', flooding);
      expect(attempt.statusCode).toBe(401);
    }
    const victim = await createUserFixture(t, institutionId, 'viewer');
    const perAddress = await logIn(victim.email, standardPassword, flooding);
    expect(perAddress.statusCode).toBe(429);
    const retryAfter = Number(perAddress.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(perAddress.json().error.details).toEqual({ retryAfterSeconds: retryAfter });
    expect(perAddress.json().error.code).toBe(perAccount.json().error.code);
    expect(perAddress.json().error.message).toBe(perAccount.json().error.message);
    // The same account from another address is not throttled: the lock is the address's.
    expect((await logIn(victim.email, standardPassword, '10.3.3.3')).statusCode).toBe(200);

    // The flood came within one frozen millisecond, so its counting window closes with the lock:
    // a second later both are over.
    t.clock.advance(retryAfter * 1000 + 1000);
    expect((await logIn(victim.email, standardPassword, flooding)).statusCode).toBe(200);
  });
});
