import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot, screenshotDir } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { chooseOption, signIn } from '../setup/page-actions';

describe.skipIf(!hasChromium)('browser: a facilitator maps a partner (step 1, Chromium)', () => {
  let server: LiveServer;
  let browser: Browser;
  let facilitatorEmail: string;
  let institutionId: string;

  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
    institutionId = (await createInstitutionFixture(server)).institutionId;
    facilitatorEmail = (
      await createUserFixture(server, institutionId, 'facilitator', { name: 'Ahmad Fauzi' })
    ).email;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a partner with a contact through the region pickers, then finds it by a phone fragment', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

    await page.goto(`${server.baseUrl}/mitra`);
    await page.getByTestId('partner-new').first().click();
    const form = page.getByTestId('partner-form');
    await form.waitFor();
    await form.getByLabel(/^Nama mitra/).fill('Sanggar Rajut Cempaka');
    await form.getByLabel(/^Kategori mitra/).selectOption('business');
    await chooseOption(page, 'region-province', 'Kalimantan Sel', 'Kalimantan Selatan');
    await chooseOption(page, 'region-regency', 'Banjarbaru', 'Kota Banjarbaru');
    await chooseOption(page, 'region-district', 'Cempaka', 'Cempaka');
    await form.getByLabel(/^Alamat/).fill('Jl. Mistar Cokrokusumo No. 7, Cempaka');

    // The point: a click on the map (it opens on the province's capital), cleared, then placed again.
    const picker = page.getByTestId('location-picker').locator('.leaflet-container');
    const latitude = form.getByLabel(/^Lintang/);
    const longitude = form.getByLabel(/^Bujur/);
    await picker.click();
    await expect.poll(() => latitude.inputValue()).not.toBe('');
    const first = [Number(await latitude.inputValue()), Number(await longitude.inputValue())];
    expect(first[0]).toBeCloseTo(-3.44, 1);
    expect(first[1]).toBeCloseTo(114.83, 1);
    await expect.poll(() => picker.locator('.jalin-location-marker').count()).toBe(1);
    await page.getByTestId('location-clear').click();
    await expect.poll(() => latitude.inputValue()).toBe('');
    expect(await longitude.inputValue()).toBe('');
    await expect.poll(() => picker.locator('.jalin-location-marker').count()).toBe(0);
    const box = (await picker.boundingBox())!;
    await picker.click({ position: { x: box.width / 2 + 60, y: box.height / 2 + 30 } });
    await expect.poll(() => latitude.inputValue()).not.toBe('');
    const placed = [Number(await latitude.inputValue()), Number(await longitude.inputValue())];
    // East and south of the capital: a click to the right and below the centre.
    expect(placed[0]).toBeLessThan(first[0]!);
    expect(placed[1]).toBeGreaterThan(first[1]!);
    for (const chip of ['needs-graduate_hiring', 'offers-internship_places']) {
      const id = await page.getByTestId(chip).getAttribute('id');
      await page.locator(`label[for="${id}"]`).click();
      await expect.poll(() => page.getByTestId(chip).isChecked()).toBe(true);
    }

    const contact = page.getByTestId('first-contact');
    await contact.getByLabel(/^Nama kontak/).fill('Ibu Hj. Rusmini');
    await contact.getByLabel(/^Nomor telepon/).fill('0813-5198-7654');
    await contact.getByLabel(/^Nomor telepon/).blur();
    await expect.poll(() => contact.textContent()).toContain('+6281351987654');
    await contact.getByLabel(/^Dasar pemrosesan data/).selectOption('consent');
    await contact.getByLabel(/^Persetujuan diberikan oleh/).fill('Ibu Hj. Rusmini');
    await contact.getByLabel(/^Tanggal persetujuan/).fill('2026-03-02');
    await contact.getByLabel(/^Melalui/).selectOption('in_person');
    await saveScreenshot(page, 'partner-new-form');
    await page.getByTestId('partner-save').click();
    await page.waitForURL(/\/mitra\/[0-9a-f-]{36}$/);

    const saved = await server.deps.db
      .selectFrom('partners')
      .innerJoin('partner_contacts', 'partner_contacts.partner_id', 'partners.id')
      .select([
        'partners.name',
        'partners.region_code',
        'partners.lat',
        'partners.lng',
        'partner_contacts.phone',
        'partner_contacts.legal_basis',
      ])
      .where('partners.institution_id', '=', institutionId)
      .executeTakeFirst();
    expect(saved).toEqual({
      name: 'Sanggar Rajut Cempaka',
      region_code: '63.72.03',
      lat: expect.closeTo(placed[0]!, 4) as number,
      lng: expect.closeTo(placed[1]!, 4) as number,
      phone: '+6281351987654',
      legal_basis: 'consent',
    });
    await expect.poll(() => page.getByTestId('contact-row').first().textContent()).toContain('Rusmini');
    const whatsApp = page.getByTestId('contact-whatsapp').first();
    expect(await whatsApp.getAttribute('href')).toBe('https://wa.me/6281351987654');
    await saveScreenshot(page, 'partner-page');

    await page.goto(`${server.baseUrl}/mitra`);
    await page.getByTestId('partner-search').fill('9876');
    await expect.poll(() => page.url()).toContain('q=');
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(1);
    expect(await page.getByTestId('partner-row').first().textContent()).toContain('Sanggar Rajut Cempaka');
    await page.getByTestId('partner-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('partner-export-csv').click(),
    ]);
    const csvPath = await download.path();
    const csv = (await import('node:fs')).readFileSync(csvPath, 'utf8');
    expect(csv).toContain('Sanggar Rajut Cempaka');
    expect(csv).toContain('081351987654');
    await page.getByTestId('partner-search').fill('tidak ada yang cocok');
    await expect.poll(() => page.getByTestId('partner-row').count()).toBe(0);
    await saveScreenshot(page, 'partner-search-empty');

    // The same search on the map: nothing located matches, then the phone fragment shows its marker.
    await page.getByTestId('partner-view').getByText('Peta', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('view=map');
    await page.getByTestId('partner-map-empty').waitFor();
    await page.getByTestId('partner-search').fill('9876');
    const marker = page.getByTestId('partner-marker');
    await marker.first().waitFor();
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('title')).toBe('Sanggar Rajut Cempaka');
    expect(await page.getByTestId('partner-map-total').textContent()).toBe('1 mitra di peta');
    expect(await page.getByTestId('map-tiles-note').textContent()).toContain('latar polos');
    await marker.click();
    const card = page.getByTestId('partner-map-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Sanggar Rajut Cempaka');
    await expect.poll(() => card.textContent()).toContain('Kota Banjarbaru');
    expect(await card.getByTestId('contact-whatsapp').getAttribute('href')).toBe(
      'https://wa.me/6281351987654',
    );
    await saveScreenshot(page, 'partner-map');
    await card.getByTestId('partner-map-open').click();
    await page.waitForURL(/\/mitra\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Sanggar Rajut Cempaka' }).waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the map and the location picker at phone width', async () => {
    const page = await browser.newPage({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

    await page.goto(`${server.baseUrl}/mitra?q=9876&view=map`);
    const marker = page.getByTestId('partner-marker');
    await marker.first().waitFor();
    expect(await marker.count()).toBe(1);
    await marker.tap();
    await expect.poll(() => page.getByTestId('partner-map-card').textContent()).toContain('Kota Banjarbaru');
    await saveScreenshot(page, 'partner-map-phone');

    await page.goto(`${server.baseUrl}/mitra/baru`);
    const picker = page.getByTestId('location-picker').locator('.leaflet-container');
    await picker.waitFor();
    await picker.tap();
    await expect.poll(() => page.getByLabel(/^Lintang/).inputValue()).not.toBe('');
    // The viewport around the picker: a full phone-width form is too long to look at.
    await page.getByTestId('location-picker').evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
    });
    await page.screenshot({ path: path.join(screenshotDir, 'partner-form-location-phone.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps the markers when the tile server cannot be reached, and clusters dense points', async () => {
    // Port 9 (discard) refuses connections at once: every tile fails, as it does offline.
    const offline = await startLiveServer('sqlite', {
      mapTiles: { url: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: 'Peta Uji' },
    });
    try {
      const { adminEmail } = await createInstitutionFixture(offline);
      const admin = await logInAs(offline, adminEmail);
      await createPartnerVia(admin, {
        name: 'Koperasi Tani Maju',
        category: 'cooperative',
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, offline.baseUrl, adminEmail, standardPassword);
      await page.goto(`${offline.baseUrl}/mitra?view=map`);
      await page.getByTestId('partner-marker').first().waitFor();
      expect(await page.getByTestId('partner-marker').getAttribute('title')).toBe('Koperasi Tani Maju');
      await page.getByTestId('map-tiles-note').waitFor();
      expect(await page.getByTestId('map-tiles-note').textContent()).toContain('tidak dapat dimuat');
      expect(await page.locator('img.leaflet-tile').count()).toBeGreaterThan(0);
      // No broken-image grey: the same light grid as a map configured without tiles.
      expect(
        await page.locator('.leaflet-container.jalin-map-plain .jalin-plain-tile').count(),
      ).toBeGreaterThan(0);
      expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Peta Uji');
      await saveScreenshot(page, 'partner-map-tiles-unreachable');

      // Dense points cluster; a tap on the cluster zooms in until each partner has its own marker.
      for (const [lat, lng] of [
        [-3.3194, 115.0858],
        [-3.3195, 115.0859],
        [-3.3193, 115.086],
      ] as const) {
        await createPartnerVia(admin, { category: 'government', location: { lat, lng } });
      }
      await page.goto(`${offline.baseUrl}/mitra?view=map&category=government`);
      const cluster = page.locator('.marker-cluster');
      await cluster.first().waitFor();
      expect(await cluster.textContent()).toBe('3');
      expect(await page.getByTestId('partner-marker').count()).toBe(0);
      await cluster.click();
      await expect.poll(() => page.getByTestId('partner-marker').count(), { timeout: 5000 }).toBe(3);
      expect(pageErrors).toEqual([]);
      await page.close();
    } finally {
      await offline.close();
    }
  });
});
