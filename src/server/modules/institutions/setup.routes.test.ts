import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueSetupToken } from './set-up-first-institution';
import { logInAs } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('first-run setup link', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('creates the first institution and its administrator once, with no default password', async () => {
    expect((await t.app.inject('/api/v1/setup/status')).json()).toEqual({ needsSetup: true });
    const token = await issueSetupToken(t.deps);
    const body = {
      token,
      institutionName: 'LKP Tas Rajut Banjarbaru',
      institutionKind: 'LKP',
      timeZone: 'WITA',
      managerName: 'Siti Rahmah',
      email: 'siti@contoh.id',
      password: 'benang sulam warna warni',
    };
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...body, token: 'x'.repeat(43) },
    });
    expect(wrongToken.json().error.code).toBe('LINK_INVALID');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    expect((await t.app.inject('/api/v1/setup/status')).json()).toEqual({ needsSetup: false });
    const me = await (
      await logInAs(t, 'siti@contoh.id', 'benang sulam warna warni')
    ).request('GET', '/api/v1/me');
    expect(me.json()).toMatchObject({
      user: { role: 'admin' },
      institution: { name: 'LKP Tas Rajut Banjarbaru', timeZone: 'WITA' },
    });

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...body, email: 'lain@contoh.id', token: await issueSetupToken(t.deps) },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('SETUP_ALREADY_DONE');
  });
});
