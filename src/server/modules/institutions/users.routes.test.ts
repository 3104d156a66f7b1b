import { afterAll, beforeAll, expect, it } from 'vitest';
import { logInAs, signedInInstitution, type Session } from '../../../../tests/factories/people';
import { snapshotTables } from '../../../../tests/factories/table-snapshot';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('users and one-time password links', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { withMailer: true });
    manager = await signedInInstitution(t, 'manager');
    base = `/api/v1/institutions/${manager.institutionId}/users`;
  });
  afterAll(() => t.close());

  it('adds a facilitator who sets a password once through the link, then signs in', async () => {
    const created = await manager.request('POST', base, {
      name: 'Ahmad Fauzi',
      email: 'Ahmad.Fauzi@Contoh.id',
      role: 'facilitator',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { user, passwordLink } = created.json();
    expect(user).toMatchObject({ email: 'ahmad.fauzi@contoh.id', role: 'facilitator', status: 'invited' });
    expect(passwordLink.url).toMatch(/^http:\/\/jalin\.test\/atur-sandi\?token=/);
    expect(passwordLink.emailed).toBe(true);
    expect(t.mailer.sent.at(-1)!.to).toBe('ahmad.fauzi@contoh.id');
    expect(t.mailer.sent.at(-1)!.text).toContain(passwordLink.url);

    const token = new URL(passwordLink.url).searchParams.get('token')!;
    const info = await t.app.inject({ method: 'GET', url: `/api/v1/auth/password-link?token=${token}` });
    expect(info.json()).toMatchObject({ name: 'Ahmad Fauzi', email: 'ahmad.fauzi@contoh.id' });

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-link',
      payload: { token, password: 'password123' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');

    const set = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-link',
      payload: { token, password: 'rajutan tas biru muda' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-link',
      payload: { token, password: 'rajutan tas biru tua' },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('LINK_INVALID');

    const session = await logInAs(t, 'ahmad.fauzi@contoh.id', 'rajutan tas biru muda');
    expect((await session.request('GET', '/api/v1/me')).json().user.role).toBe('facilitator');
    const listed = await manager.request('GET', `${base}?status=active`);
    expect(listed.json().items.map((u: { email: string }) => u.email)).toContain('ahmad.fauzi@contoh.id');
  });

  it('a reissued link replaces the earlier one', async () => {
    const { user, passwordLink } = (
      await manager.request('POST', base, { name: 'Rina', email: 'rina@contoh.id', role: 'viewer' })
    ).json();
    const reissued = await manager.request('POST', `${base}/${user.id}/password-link`);
    expect(reissued.statusCode).toBe(200);
    const oldToken = new URL(passwordLink.url).searchParams.get('token')!;
    const old = await t.app.inject({ method: 'GET', url: `/api/v1/auth/password-link?token=${oldToken}` });
    expect(old.statusCode).toBe(410);
    const newToken = new URL(reissued.json().url).searchParams.get('token')!;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/auth/password-link?token=${newToken}` })).statusCode,
    ).toBe(200);
  });

  it('emails the link in the new user’s own language, not the sender’s', async () => {
    const english = await manager.request('POST', base, {
      name: 'Sarah Collins',
      email: 'sarah@contoh.id',
      role: 'viewer',
      locale: 'en',
    });
    expect(english.statusCode, english.body).toBe(201);
    const toSarah = t.mailer.sent.at(-1)!;
    expect(toSarah.to).toBe('sarah@contoh.id');
    expect(toSarah.subject).toMatch(/^Your Jalin account at /);
    expect(toSarah.text).toContain('Dear Sarah Collins,');
    expect(toSarah.text).toContain('valid for 72 hours');
    expect(toSarah.text).toContain(english.json().passwordLink.url);
    expect(toSarah.text).not.toMatch(/Yth\.|kata sandi/);

    const indonesian = await manager.request('POST', base, {
      name: 'Dewi Lestari',
      email: 'dewi@contoh.id',
      role: 'viewer',
      locale: 'id',
    });
    const toDewi = t.mailer.sent.at(-1)!;
    expect(toDewi.to).toBe('dewi@contoh.id');
    expect(toDewi.subject).toMatch(/^Akun Jalin Anda di /);
    expect(toDewi.text).toContain('Yth. Bapak/Ibu Dewi Lestari,');
    expect(toDewi.text).toContain('berlaku 72 jam');
    expect(toDewi.text).toContain(indonesian.json().passwordLink.url);

    const reissued = await manager.request('POST', `${base}/${english.json().user.id}/password-link`);
    expect(reissued.statusCode).toBe(200);
    expect(t.mailer.sent.at(-1)!.subject).toMatch(/^Your Jalin account at /);
    expect(t.mailer.sent.at(-1)!.text).toContain(reissued.json().url);
  });

  it('refuses a taken email, a change to one’s own access, and pages by cursor', async () => {
    const before = await snapshotTables(t.deps.db);
    const taken = await manager.request('POST', base, {
      name: 'Rina Lain',
      email: 'RINA@contoh.id',
      role: 'viewer',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('EMAIL_TAKEN');
    const self = await t.deps.db
      .selectFrom('users')
      .select('version')
      .where('id', '=', manager.userId)
      .executeTakeFirstOrThrow();
    const own = await manager.request('PATCH', `${base}/${manager.userId}`, {
      version: self.version,
      role: 'viewer',
    });
    expect(own.json().error.code).toBe('CANNOT_CHANGE_OWN_ACCESS');
    expect(await snapshotTables(t.deps.db)).toBe(before);

    for (let i = 0; i < 5; i += 1) {
      await manager.request('POST', base, {
        name: `Peserta ${i}`,
        email: `peserta${i}@contoh.id`,
        role: 'viewer',
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await manager.request('GET', `${base}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode).toBe(200);
      const body = page.json<{ items: { id: string }[]; nextCursor: string | null }>();
      seen.push(...body.items.map((u) => u.id));
      cursor = body.nextCursor;
    } while (cursor);
    const all = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('institution_id', '=', manager.institutionId)
      .execute();
    expect(new Set(seen).size).toBe(all.length);
    expect(seen.length).toBe(all.length);
    const badCursor = await manager.request('GET', `${base}?cursor=bukan-kursor`);
    expect(badCursor.statusCode).toBe(400);
  });
});
