import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { copyPartnerRows } from '../factories/partner-copies';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';

/**
 * The partner list is the first page (quality bar S11): it is drawn before the rest of the catalog
 * arrives, its more-filters and dropdowns load when wanted, and all of them still work.
 */
describe.skipIf(!hasChromium)('browser: the partner list as a first page (Chromium)', () => {
  let server: LiveServer;
  let browser: Browser;
  let adminEmail: string;

  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
    adminEmail = (await createInstitutionFixture(server)).adminEmail;
    const admin = await logInAs(server, adminEmail);
    await createPartnerVia(admin, { name: 'Bengkel Las Sinar Jaya', size: 'micro' });
    await createPartnerVia(admin, { name: 'Hotel Galuh Banjarbaru', size: 'large' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the list without the rest of the catalog, which a later page waits for', async () => {
    // No service worker: it would serve the blocked file from its cache, out of the route's reach.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    // The rest of the catalog cannot arrive: the list must not need it.
    let restBlocked = true;
    await page.route(/\/assets\/id-rest-[^/]+\.js$/, (route) =>
      restBlocked ? route.abort() : route.continue(),
    );
    await page.goto(`${server.baseUrl}/mitra`);
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('partner-more-filters').textContent()).toBe('Saringan lain');

    // A page that needs the rest says so when it cannot load (the browser keeps a failed module
    // for the page's life, so it opens after a reload).
    await page.getByRole('link', { name: 'Kemitraan' }).click();
    await page.getByTestId('route-error').waitFor();
    restBlocked = false;
    await page.reload();
    await page.getByRole('heading', { name: 'Kemitraan', level: 1 }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('fetches the page’s own code while the server is still asked who is signed in', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    // /me held until the list's own chunk has been asked for: before, the chunk waited for /me.
    let releaseMe: () => void = () => undefined;
    const meHeld = new Promise<void>((resolve) => (releaseMe = resolve));
    const requested: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      requested.push(path);
      if (/\/assets\/partner-list-page-[^/]+\.js$/.test(path)) releaseMe();
    });
    const releases: string[] = [];
    await page.route('**/api/v1/me', async (route) => {
      releases.push(
        await Promise.race([
          meHeld.then(() => 'the chunk was asked for'),
          new Promise<string>((resolve) => setTimeout(() => resolve('five seconds passed'), 5_000)),
        ]),
      );
      await route.continue();
    });
    await page.goto(`${server.baseUrl}/mitra`);
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(2);
    expect(releases[0]).toBe('the chunk was asked for');
    const chunkAt = requested.findIndex((path) => /\/assets\/partner-list-page-[^/]+\.js$/.test(path));
    const listAt = requested.findIndex((path) => path === '/api/v1/partners');
    expect(chunkAt).toBeGreaterThanOrEqual(0);
    expect(chunkAt).toBeLessThan(listAt);
    await context.close();
  });

  it('filters through the more-filters loaded when opened, and clearing empties their inputs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    await page.goto(`${server.baseUrl}/mitra`);
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(2);
    expect(await page.getByTestId('partner-filter-size').count()).toBe(0);

    await page.getByTestId('partner-more-filters').click();
    await page.getByTestId('partner-filter-size').selectOption('large');
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(1);
    expect(await page.getByTestId('partner-row').textContent()).toContain('Hotel Galuh Banjarbaru');
    expect(new URL(page.url()).searchParams.get('size')).toBe('large');
    await page.getByTestId('partner-filter-tag').fill('magang');
    await saveScreenshot(page, 'partner-list-more-filters');

    await page.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(2);
    expect(await page.getByTestId('partner-filter-tag').inputValue()).toBe('');
    expect(await page.getByTestId('partner-filter-size').inputValue()).toBe('');

    // Opened straight from a shared link with a secondary filter: loaded and shown at once.
    await page.goto(`${server.baseUrl}/mitra?size=micro`);
    await expect.poll(() => page.getByTestId('partner-filter-size').inputValue()).toBe('micro');
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(1);
    await page.close();
  });

  it('opens the export and user menus from the keyboard though they load on the way', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    await page.goto(`${server.baseUrl}/mitra`);
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(2);

    await page.getByTestId('partner-export').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('partner-export-xlsx').waitFor();
    expect(await page.getByTestId('partner-export-xlsx').getAttribute('href')).toContain('/partners/export');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('partner-export-xlsx').isVisible()).toBe(false);
    // The menu gives the focus back to its button, the one drawn after loading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('partner-export');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-list').waitFor();
    await page.close();
  });

  it('says a broad search shows 1,000 of its matches, and its download holds them all', async () => {
    const broadEmail = (await createInstitutionFixture(server)).adminEmail;
    const broad = await logInAs(server, broadEmail);
    const template = await createPartnerVia(broad, { name: 'Koperasi Sasirangan' });
    await copyPartnerRows(server, template.id, 1_100, { withSearchText: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, server.baseUrl, broadEmail, standardPassword);
    await page.goto(`${server.baseUrl}/mitra?q=sasirangan`);
    await expect
      .poll(() => page.getByTestId('partners-total').textContent())
      .toBe(
        'Lebih dari 1.000 mitra cocok; yang tampil 1.000 di antaranya. Perjelas kata kuncinya atau tambah saringan, atau unduh hasilnya untuk mendapatkan semuanya.',
      );
    expect(await page.getByTestId('partner-row').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'partner-search-capped');

    await page.getByTestId('partner-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('partner-export-csv').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.match(/Koperasi Sasirangan/g)).toHaveLength(1_101);

    await page.goto(`${server.baseUrl}/mitra?q=${encodeURIComponent('sasirangan 10')}`);
    await expect.poll(() => page.getByTestId('partners-total').textContent()).toBe('111 mitra');
    await page.close();
  });
});
