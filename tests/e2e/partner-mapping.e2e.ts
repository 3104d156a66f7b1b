import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createInstitutionFixture, createUserFixture, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
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
        'partner_contacts.phone',
        'partner_contacts.legal_basis',
      ])
      .where('partners.institution_id', '=', institutionId)
      .executeTakeFirst();
    expect(saved).toEqual({
      name: 'Sanggar Rajut Cempaka',
      region_code: '63.72.03',
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
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
