import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fillDemoDistrict } from '../../src/server/cli/fill-demo-district';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)('browser: the supervisor of Kalimantan Selatan reads its district', () => {
  describeEachDatabase('district roll-up', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let supervisor: { email: string; password: string };
    let mainAdminEmail: string;
    let mainId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      // The demo's world: the knitted-bag LKP with partners, then the district the demo adds around it.
      const main = await createInstitutionFixture(server, {
        name: 'LKP Tas Rajut Banjarbaru',
        regionCode: '63.72',
      });
      mainAdminEmail = main.adminEmail;
      mainId = main.institutionId;
      const manager = await logInAs(
        server,
        (await createUserFixture(server, main.institutionId, 'manager')).email,
      );
      for (let index = 0; index < 4; index += 1) await createPartnerVia(manager);
      const log = console.log;
      console.log = () => undefined;
      try {
        supervisor = await fillDemoDistrict(server.deps, main.institutionId);
      } finally {
        console.log = log;
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function shot(page: Page, name: string, fullPage = true) {
      if (dialect === 'sqlite') await saveScreenshot(page, name, fullPage);
    }

    it('sees its two institutions and their map, drills into one read-only, and comes back', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, supervisor.email, supervisor.password);

      // Home for a supervisor is the district roll-up.
      await page.waitForURL(/\/wilayah$/);
      const rows = page.getByTestId('region-row');
      await expect.poll(() => rows.count()).toBe(2);
      const table = page.getByTestId('region-table');
      const text = (await table.textContent()) ?? '';
      expect(text).toContain('LKP Sasirangan Banjarmasin');
      expect(text).toContain('LKP Tas Rajut Banjarbaru');
      expect(text).not.toContain('LKP Batik Surabaya');
      expect(text).not.toContain('Dinas Pendidikan');
      expect(await page.getByTestId('total-institutions').textContent()).toContain('2');
      expect(await page.getByTestId('total-partners').textContent()).toContain('14');
      const sasirangan = rows.filter({ hasText: 'LKP Sasirangan Banjarmasin' });
      expect(await sasirangan.getByTestId('cell-partners').textContent()).toBe('10');
      // Sorting by partners, largest first.
      await page.getByTestId('region-sort-partners').click();
      expect(await rows.first().textContent()).toContain('LKP Sasirangan Banjarmasin');
      await shot(page, 'district-rollup-region');

      // The map: both institutions named, the partners behind them.
      const map = page.getByTestId('region-map').locator('.leaflet-container');
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => map.locator('.jalin-institution-marker').count()).toBe(2);
      await expect
        .poll(() => map.locator('.leaflet-tooltip').allTextContents())
        .toEqual(expect.arrayContaining(['LKP Sasirangan Banjarmasin', 'LKP Tas Rajut Banjarbaru']));
      await expect
        .poll(async () => (await map.locator('.marker-cluster, [data-testid="partner-marker"]').count()) > 0)
        .toBe(true);
      await page
        .getByTestId('region-map-card')
        .screenshot({ path: 'test-results/screenshots/district-rollup-map.png' });

      // Drill into Banjarmasin: its dashboard, under the read-only banner, with nothing to change.
      await sasirangan.getByTestId('region-view').click();
      await page.waitForURL((url) => url.pathname === '/');
      const banner = page.getByTestId('viewing-banner');
      await expect
        .poll(() => banner.textContent())
        .toContain('Anda melihat data LKP Sasirangan Banjarmasin (hanya baca)');
      await expect
        .poll(() => page.getByTestId('institution-name').textContent())
        .toBe('LKP Sasirangan Banjarmasin');
      await page.getByTestId('dashboard').waitFor();
      await expect.poll(() => page.getByTestId('dashboard').textContent()).toContain('10');
      expect(await page.getByTestId('start-checklist').count()).toBe(0);
      expect(await page.getByTestId('dashboard-empty-action').count()).toBe(0);
      await shot(page, 'district-rollup-drill-down');

      // Its partner list, as Banjarmasin sees it, without an add or import button.
      await page
        .getByRole('link', { name: /^Mitra/ })
        .first()
        .click();
      await page.waitForURL(/\/mitra/);
      await expect.poll(() => page.getByTestId('partners-total').textContent()).toContain('10');
      expect(await page.getByText('Galeri Sasirangan Kampung Melayu').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('partner-new').count()).toBe(0);
      expect(await page.getByTestId('partner-import').count()).toBe(0);
      expect(await banner.isVisible()).toBe(true);
      await shot(page, 'district-rollup-drill-down-partners');

      // Its lists download as Banjarmasin's: the file is fetched with the drill-down header (a plain
      // link would bring the office's own, empty lists).
      const downloadCsv = async (menu: string) => {
        await page.getByTestId(menu).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId(`${menu}-csv`).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.csv$/);
        return fs.readFileSync(await download.path(), 'utf8');
      };
      const partnersCsv = await downloadCsv('partner-export');
      expect(partnersCsv).toContain('Galeri Sasirangan Kampung Melayu');
      await page.goto(`${server.baseUrl}/kemitraan`);
      await expect.poll(() => banner.isVisible()).toBe(true);
      await page.getByText('PKW Desain Sasirangan 2026').first().waitFor();
      const partnershipsCsv = await downloadCsv('export-menu');
      expect(partnershipsCsv).toContain('PKW Desain Sasirangan 2026');
      expect(partnershipsCsv).toContain('Magang Pewarnaan Kain 2026');

      // Back to the region: the banner goes, the office's own view returns.
      await page.getByTestId('viewing-back').click();
      await page.waitForURL(/\/wilayah$/);
      await expect.poll(() => page.getByTestId('viewing-banner').count()).toBe(0);
      await expect.poll(() => rows.count()).toBe(2);
      expect(await page.getByTestId('institution-name').textContent()).toBe(
        'Dinas Pendidikan Provinsi Kalimantan Selatan',
      );
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it("an institution's admin places it on the map from its profile", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, server.baseUrl, mainAdminEmail, standardPassword);
      await page.goto(`${server.baseUrl}/pengaturan/lembaga`);
      const form = page.getByTestId('institution-form');
      await form.waitFor();
      const latitude = form.getByLabel(/^Lintang/);
      const longitude = form.getByLabel(/^Bujur/);
      // The demo placed it already; clear it, then a click on the map (around Banjarbaru) places it again.
      expect(Number(await latitude.inputValue())).toBeCloseTo(-3.44, 1);
      await page.getByTestId('location-clear').click();
      await expect.poll(() => latitude.inputValue()).toBe('');
      await form.getByTestId('location-picker').locator('.leaflet-container').click();
      await expect.poll(() => latitude.inputValue()).not.toBe('');
      const placed = [Number(await latitude.inputValue()), Number(await longitude.inputValue())];
      await shot(page, 'district-rollup-institution-point');
      await page.getByTestId('institution-save').click();
      await expect
        .poll(async () => {
          const row = await server.deps.db
            .selectFrom('institutions')
            .select(['latitude', 'longitude'])
            .where('id', '=', mainId)
            .executeTakeFirstOrThrow();
          // Rounded: PostgreSQL's real keeps about seven digits (a few decimetres here), as for partners.
          return [Number(row.latitude).toFixed(4), Number(row.longitude).toFixed(4)];
        })
        .toEqual(placed.map((value) => value.toFixed(4)));
      await page.close();
    });
  });
});
