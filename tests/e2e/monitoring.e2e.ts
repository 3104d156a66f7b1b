import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnershipVia } from '../factories/engagement';
import { setPartnershipStage } from '../factories/monitoring';
import { createPartnerVia } from '../factories/partners';
import { extractPdfText, flattenText } from '../factories/pdf-text';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { createWorkPlanVia, workPlanItemBody } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)('browser: monitoring a partnership against its plan (step 9)', () => {
  describeEachDatabase('monitoring', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let partnershipId: string;

    beforeAll(async () => {
      // Weeks pass on the server's clock; the session lasts through them.
      server = await startLiveServer(dialect, { sessionIdleMinutes: 525_600, sessionAbsoluteHours: 8_760 });
      // 1 March 2026, 10:00 WITA: the day before the course starts.
      server.clock.set(new Date('2026-03-01T02:00:00.000Z'));
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Rumah Jahit Berkah' });
      partnershipId = (await createPartnershipVia(api, [partner.id], { name: 'PKW Menjahit Busana 2026' }))
        .id;
      await createWorkPlanVia(api, partnershipId, {
        items: [workPlanItemBody({ activity: 'Pelatihan menjahit dasar', startsOn: '2026-03-02' })],
      });
      await setPartnershipStage(server.deps.db, partnershipId, 'implementation');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name, fullPage);
    };

    it('flags the late start, logs and solves a problem, records a visit with its berita acara', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      const section = page.getByTestId('monitoring');
      await section.getByTestId('deviations-empty').waitFor();
      await section.getByTestId('problems-empty').waitFor();
      await section.getByTestId('visits-empty').waitFor();
      await section.scrollIntoViewIfNeeded();
      await shot(page, 'monitoring-before-start', false);

      // Two weeks later (14 March, WITA) nothing has started: twelve days late.
      server.clock.set(new Date('2026-03-14T02:00:00.000Z'));
      await page.reload();
      const late = section.getByTestId('deviation-not_started');
      await late.waitFor();
      expect(await late.textContent()).toContain(
        'Pelatihan menjahit dasar terlambat 12 hari dari jadwal mulai',
      );
      expect(await late.getByTestId('severity-medium').textContent()).toBe('Sedang');

      // A problem logged, refused as solved without a solution, then solved with one.
      await section.getByTestId('problems-empty').getByTestId('problem-add').click();
      await page.getByTestId('problem-text').fill('Mesin jahit bantuan belum datang');
      await page.getByTestId('problem-cause').fill('Pengiriman dari distributor tertunda');
      await page.getByTestId('problem-owner').fill('Siti Rahmah');
      await page.getByTestId('problem-due').fill('2026-03-20');
      await page.getByTestId('problem-save').click();
      const problem = section.getByTestId('problem');
      await problem.waitFor();
      expect(await problem.getByTestId('problem-status-badge').textContent()).toBe('Terbuka');
      await problem.getByTestId('problem-solve').click();
      await page.getByTestId('problem-save').click();
      await page.getByText('Tuliskan solusinya sebelum menandai masalah ini selesai.').waitFor();
      await page.getByTestId('problem-solution').fill('Meminjam mesin dari Rumah Jahit Berkah');
      await page.getByTestId('problem-save').click();
      await expect.poll(() => problem.getByTestId('problem-status-badge').textContent()).toBe('Selesai');
      expect(await problem.getByTestId('problem-solution-text').textContent()).toContain(
        'Meminjam mesin dari Rumah Jahit Berkah',
      );

      // A visit recorded on the institution's today, and its berita acara downloaded and read.
      await section.getByTestId('visits-empty').getByTestId('visit-add').click();
      expect(await page.getByTestId('visit-date').inputValue()).toBe('2026-03-14');
      await page.getByTestId('visit-place').fill('Rumah Jahit Berkah, Banjarbaru');
      await page.getByTestId('visit-visitors').fill('Siti Rahmah, Pimpinan LKP');
      await page.getByTestId('visit-partner-attendees').fill('Ibu Halimah, Pemilik usaha');
      await page.getByTestId('visit-findings').fill('Pelatihan belum dimulai karena mesin jahit terlambat.');
      await page
        .getByTestId('visit-recommendations')
        .fill('Mulai pelatihan Senin depan dengan mesin pinjaman.');
      await page.getByTestId('visit-save').click();
      const visit = section.getByTestId('visit');
      await visit.waitFor();
      await page.setViewportSize({ width: 1280, height: 1500 });
      await section.scrollIntoViewIfNeeded();
      await shot(page, 'monitoring-section', false);
      await page.setViewportSize({ width: 1280, height: 900 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        visit.getByTestId('visit-berita-acara-pdf').click(),
      ]);
      const pdf = fs.readFileSync(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = flattenText((await extractPdfText(pdf)).pages.join('\n'));
      expect(text).toContain('BERITA ACARA MONITORING DAN EVALUASI');
      expect(text).toContain('Sabtu tanggal empat belas bulan Maret tahun dua ribu dua puluh enam');
      expect(text).toContain('Pelatihan belum dimulai karena mesin jahit terlambat.');
      expect(text).toContain('Ibu Halimah');

      // Across partnerships: listed, filtered in the URL, linked back.
      await page.getByTestId('nav-monitoring').first().click();
      const row = page.getByTestId('monitoring-row').filter({ hasText: 'PKW Menjahit Busana 2026' });
      await row.waitFor();
      expect(await row.textContent()).toContain('terlambat 12 hari dari jadwal mulai');
      await page.getByTestId('severity-filter').getByText('Sedang', { exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('severity')).toBe('medium');
      await row.waitFor();
      await shot(page, 'monitoring-page');
      await page.getByTestId('severity-filter').getByText('Tinggi', { exact: true }).click();
      await page.getByTestId('monitoring-empty').waitFor();
      await page.goto(`${server.baseUrl}/monitoring?severity=medium`);
      await row.getByRole('link', { name: 'PKW Menjahit Busana 2026' }).click();
      await page.getByTestId('monitoring').getByTestId('deviation-not_started').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/kemitraan/${partnershipId}`);
      expect(pageErrors).toEqual([]);
    });
  });
});
