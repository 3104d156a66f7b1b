import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { issueSetupToken } from '../../src/server/modules/institutions/index';
import { createInstitutionFixture, createUserFixture, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { chooseOption, signIn } from '../setup/page-actions';

describe.skipIf(!hasChromium)('browser: a manager runs the institution settings (Chromium)', () => {
  let server: LiveServer;
  let browser: Browser;
  let managerEmail: string;
  let institutionId: string;

  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
    institutionId = (await createInstitutionFixture(server, { name: 'LKP Tas Rajut Banjarbaru' }))
      .institutionId;
    managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' })).email;
    // No region yet: the journey chooses it with the picker.
    await server.deps.db
      .updateTable('institutions')
      .set({ region_code: null })
      .where('id', '=', institutionId)
      .execute();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in, changes the profile, adds a user, reads the audit log and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const consoleMessages: string[] = [];
    page.on('console', (message) => consoleMessages.push(message.text()));

    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/masuk/);
    await page.getByTestId('sign-in-email').fill(managerEmail);
    await page.getByTestId('sign-in-password').fill('kata sandi yang salah');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('error-alert').first().textContent()).toBeTruthy();
    await page.getByTestId('sign-in-password').fill(standardPassword);
    await page.getByTestId('sign-in-submit').click();
    await expect
      .poll(() => page.getByTestId('institution-name').first().textContent())
      .toContain('LKP Tas Rajut Banjarbaru');
    await saveScreenshot(page, 'manager-home');

    await page.goto(`${server.baseUrl}/pengaturan/lembaga`);
    const form = page.getByTestId('institution-form');
    await form.waitFor();
    await form.getByLabel('NPSN', { exact: true }).fill('K12');
    await page.getByTestId('institution-save').click();
    await expect.poll(() => form.textContent()).toMatch(/NPSN|K \+ 7/);
    await form.getByLabel('NPSN', { exact: true }).fill('K5634127');
    await form.getByLabel('Alamat', { exact: true }).fill('Jl. Panglima Batur No. 12, Banjarbaru');
    await form.getByLabel('Kode unit', { exact: true }).fill('LKP-TRB');
    expect(await page.getByTestId('region-regency').isDisabled()).toBe(true);
    await chooseOption(page, 'region-province', 'Kalimantan Sel', 'Kalimantan Selatan');
    await chooseOption(page, 'region-regency', 'Banjarbaru', 'Kota Banjarbaru');
    await expect.poll(() => page.getByTestId('region-district').isEnabled()).toBe(true);
    await expect.poll(() => page.getByTestId('document-number-preview').textContent()).toContain('LKP-TRB');
    await page.getByTestId('institution-save').click();
    await expect
      .poll(
        async () =>
          await server.deps.db
            .selectFrom('institutions')
            .select(['npsn', 'address', 'region_code'])
            .where('id', '=', institutionId)
            .executeTakeFirst(),
      )
      .toEqual({ npsn: 'K5634127', address: 'Jl. Panglima Batur No. 12, Banjarbaru', region_code: '63.72' });
    await page.reload();
    await form.waitFor();
    await expect.poll(() => page.getByTestId('region-regency').inputValue()).toBe('Kota Banjarbaru');
    expect(await page.getByTestId('region-province').inputValue()).toBe('Kalimantan Selatan');
    await saveScreenshot(page, 'institution-profile');

    await page.goto(`${server.baseUrl}/pengaturan/pengguna`);
    await page.getByTestId('add-user').click();
    const addForm = page.getByTestId('add-user-form');
    await addForm.getByLabel('Nama lengkap').fill('Ahmad Fauzi');
    await addForm.getByLabel('Email').fill('ahmad.fauzi@contoh.id');
    await addForm.getByLabel('Peran').selectOption('facilitator');
    await page.getByTestId('add-user-submit').click();
    const link = page.getByTestId('password-link');
    await link.waitFor();
    expect(await link.locator('input').inputValue()).toMatch(/\/atur-sandi\?token=/);
    const created = await server.deps.db
      .selectFrom('users')
      .select(['role', 'name'])
      .where('email', '=', 'ahmad.fauzi@contoh.id')
      .executeTakeFirst();
    expect(created).toEqual({ role: 'facilitator', name: 'Ahmad Fauzi' });
    await saveScreenshot(page, 'user-added');
    await page.keyboard.press('Escape');

    await page.goto(`${server.baseUrl}/pengaturan/audit`);
    await page.getByTestId('audit-table').waitFor();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThanOrEqual(3);
    await saveScreenshot(page, 'audit-log');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('about-link').click();
    await page.waitForURL(/\/tentang$/);
    expect(await page.getByTestId('region-data-attribution').textContent()).toBe(
      'Data wilayah: idn-area-data (Kemendagri), © kontributor, lisensi ODbL',
    );

    const cookies = await context.cookies();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/masuk/);
    const session = cookies.find((c) => c.name === 'jalin_session')!;
    const replay = await fetch(`${server.baseUrl}/api/v1/me`, {
      headers: { cookie: `jalin_session=${session.value}` },
    });
    expect(replay.status).toBe(401);
    expect(pageErrors).toEqual([]);
    // The served bundle is React's production build (an inherited NODE_ENV once produced the dev one).
    expect(consoleMessages.filter((text) => text.includes('React DevTools'))).toEqual([]);
    await context.close();
  });

  it('works on a 360 px phone: the menu opens from the burger and the pages fit', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, managerEmail, standardPassword);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-settings').waitFor({ state: 'visible' });
    await saveScreenshot(page, 'phone-navigation');
    await page.goto(`${server.baseUrl}/pengaturan/lembaga`);
    await page.getByTestId('institution-form').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'phone-institution-profile');
    await context.close();
  });

  it('switches the whole interface to English', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, managerEmail, standardPassword);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('locale-en').click();
    await expect.poll(() => page.locator('nav').first().textContent()).toMatch(/Partners/);
    await saveScreenshot(page, 'home-english');
    await context.close();
  });
});

describe.skipIf(!hasChromium)('browser: first-run setup from the printed link (Chromium)', () => {
  let server: LiveServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates the first institution and its administrator, then lands signed in', async () => {
    const token = await issueSetupToken(server.deps);
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/setup?token=${token}`);
    const form = page.getByTestId('setup-form');
    await form.waitFor();
    await form.getByLabel('Nama lembaga').fill('LKP Menjahit Martapura');
    await form.getByLabel('Nama pengelola').fill('Rahmat Hidayat');
    await form.getByLabel('Email').fill('rahmat@contoh.id');
    await form.getByLabel('Kata sandi', { exact: true }).fill('mesin jahit tua berbunyi merdu');
    await form.getByLabel('Ulangi kata sandi', { exact: true }).fill('mesin jahit tua berbunyi merdu');
    await page.getByTestId('setup-submit').click();
    await expect
      .poll(() => page.getByTestId('institution-name').first().textContent(), { timeout: 20_000 })
      .toContain('LKP Menjahit Martapura');
    const admin = await server.deps.db
      .selectFrom('users')
      .select('role')
      .where('email', '=', 'rahmat@contoh.id')
      .executeTakeFirst();
    expect(admin?.role).toBe('admin');
    await saveScreenshot(page, 'setup-done');
  });
});
