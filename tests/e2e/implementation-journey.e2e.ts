import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnershipVia } from '../factories/engagement';
import { setPartnershipStage } from '../factories/monitoring';
import { createPartnerVia } from '../factories/partners';
import { extractPdfText, flattenText } from '../factories/pdf-text';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  standardPassword,
  type Session,
} from '../factories/people';
import { phonePhotoWithLocation } from '../factories/photos';
import { unzipEntries } from '../factories/unzip';
import { createWorkPlanVia, placementItemBody, workPlanItemBody } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const trainingNote = 'Tambahkan materi finishing tas sesuai standar pesanan';

/** The journey: steps 8 to 11 on one partnership, the clock moving through the year. */
describe.skipIf(!hasChromium)('browser: from carrying out the plan to next year’s plan (steps 8–11)', () => {
  describeEachDatabase('implementation journey', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let api: Session;
    let managerEmail: string;
    let partnershipId: string;

    beforeAll(async () => {
      // The year passes on the server's clock; the session lasts through it.
      server = await startLiveServer(dialect, { sessionIdleMinutes: 525_600, sessionAbsoluteHours: 8_760 });
      server.clock.set(new Date('2026-05-20T02:00:00.000Z'));
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Rumah Produksi Rajut Intan' });
      partnershipId = (await createPartnershipVia(api, [partner.id], { name: 'PKW Tas Rajut 2026' })).id;
      await createWorkPlanVia(api, partnershipId, { items: [workPlanItemBody(), placementItemBody()] });
      await setPartnershipStage(server.deps.db, partnershipId, 'implementation');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name, fullPage);
    };
    const stageOf = async () =>
      (
        await server.deps.db
          .selectFrom('partnerships')
          .select('stage')
          .where('id', '=', partnershipId)
          .executeTakeFirstOrThrow()
      ).stage;

    it('records activities with evidence, sees a late item flagged, evaluates with the partner, decides, plans 2027, downloads the report and the pack', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      await page.getByTestId('partnership-details').waitFor();

      // Step 8: the training ran; it is recorded with its photo.
      const activities = page.getByTestId('activities');
      await activities.getByTestId('activity-item-group').first().waitFor();
      await activities.getByTestId('activity-record-for-item').first().click();
      const form = page.getByTestId('activity-form');
      await form.getByTestId('activity-status').getByText('Selesai', { exact: true }).click();
      await form.getByTestId('activity-started-on').fill('2026-03-02');
      await form.getByTestId('activity-ended-on').fill('2026-04-30');
      await form.getByTestId('activity-actual').fill('18');
      await form.getByTestId('activity-outputs').fill('18 peserta mampu membuat tas rajut');
      await form.locator('input[type=file]').setInputFiles({
        name: 'praktik-merajut.jpg',
        mimeType: 'image/jpeg',
        buffer: await phonePhotoWithLocation(800, 600),
      });
      await form.getByTestId('activity-evidence-caption').fill('Praktik merajut minggu pertama');
      await form.getByTestId('activity-save').click();
      await form.waitFor({ state: 'detached' });
      await activities.getByTestId('activity-card').first().getByTestId('evidence-item').first().waitFor();

      // Step 9: on 20 May the placement (from 4 May) has not started: flagged.
      const monitoring = page.getByTestId('monitoring');
      const late = monitoring.getByTestId('deviation-not_started');
      await late.waitFor();
      expect(await late.textContent()).toContain(
        'Penempatan lulusan di rumah produksi terlambat 16 hari dari jadwal mulai',
      );
      await late.scrollIntoViewIfNeeded();
      await shot(page, 'journey-deviation-flagged', false);

      // The partner starts the placement; the flag goes the moment it is recorded.
      await activities.getByTestId('activity-record-for-item').nth(1).click();
      await form.getByTestId('activity-status').getByText('Berjalan', { exact: true }).click();
      await form.getByTestId('activity-started-on').fill('2026-05-18');
      await form.getByTestId('activity-actual').fill('3');
      await form.getByTestId('activity-save').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => monitoring.getByTestId('deviation-not_started').count()).toBe(0);

      // December: the cycle is over and the partnership moves to monitoring and evaluation.
      server.clock.set(new Date('2026-12-10T02:00:00.000Z'));
      const moved = await api.request('POST', `/api/v1/partnerships/${partnershipId}/transitions`, {
        to: 'monitoring_evaluation',
      });
      expect(moved.statusCode).toBe(200);
      await page.reload();

      // Steps 9–10: the joint evaluation.
      await page.getByTestId('evaluations-empty').getByTestId('evaluation-start').click();
      expect(await page.getByTestId('evaluation-cycle-year').inputValue()).toBe('2026');
      await page.getByTestId('evaluation-start-submit').click();
      await page.getByTestId('evaluation-page').waitFor();
      const training = page.getByTestId('evaluation-item-0');
      expect(await training.getByTestId('evaluation-item-actual').textContent()).toBe('18 orang');
      await training.getByTestId('evaluation-item-note').fill(trainingNote);
      await page
        .getByTestId('evaluation-goals')
        .fill('Pelatihan tuntas; penyerapan lulusan baru tiga orang.');
      await page
        .getByTestId('evaluation-obstacles')
        .fill('Pesanan rumah produksi turun pada kuartal ketiga.');
      await page.getByTestId('evaluation-satisfaction').fill('4');
      await page.getByTestId('evaluation-recommendations').fill('Mulai magang lebih awal.');
      await page.getByTestId('evaluation-save').click();
      await expect.poll(() => page.getByText('Evaluasi disimpan.').count()).toBeGreaterThan(0);
      await page.getByTestId('evaluation-link-recipient').fill('Hj. Rusmini');
      await page.getByTestId('evaluation-link-create').click();
      const url = await page.getByTestId('evaluation-link-url').inputValue();

      // The partner fills its part on a phone, without an account.
      const phone = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const partnerPage = await phone.newPage();
      partnerPage.on('pageerror', (error) => pageErrors.push(error.message));
      await partnerPage.goto(url);
      await partnerPage.getByTestId('public-evaluation').waitFor();
      await partnerPage.getByTestId('partner-name').fill('Hj. Rusmini');
      await partnerPage.getByTestId('partner-position').fill('Pemilik Rumah Produksi');
      await partnerPage.getByTestId('partner-satisfaction').fill('4');
      await partnerPage.getByTestId('partner-goals').fill('Tiga lulusan bekerja di rumah produksi kami.');
      await partnerPage.getByTestId('partner-recommendations').fill('Tambahkan materi finishing.');
      await shot(partnerPage, 'journey-partner-evaluation-phone');
      await partnerPage.getByTestId('partner-submit').click();
      await partnerPage.getByTestId('public-evaluation-thanks').waitFor();
      await phone.close();

      // The manager decides to continue with changes, with the reason.
      await page.reload();
      await page.getByTestId('evaluation-partner-answers').waitFor();
      await page.getByTestId('decision-continue_with_changes').check();
      await page
        .getByTestId('decision-reason')
        .fill('Pelatihan berhasil; penyerapan lulusan perlu diperbaiki.');
      await page.getByTestId('decision-submit').click();
      await page.getByTestId('evaluation-decided').waitFor();
      expect(await stageOf()).toBe('follow_up');

      // The monev report: its text holds the plan against the actual.
      const [reportDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('monev-report-pdf').click(),
      ]);
      const report = fs.readFileSync(await reportDownload.path());
      const reportText = flattenText((await extractPdfText(report)).pages.join('\n'));
      expect(reportText).toContain('LAPORAN MONITORING DAN EVALUASI');
      expect(reportText).toContain('Pelatihan merajut tas 20 orang 18 orang');
      expect(reportText).toContain('Penempatan lulusan di 5 orang 3 orang');
      expect(reportText).toContain('Keputusan: Dilanjutkan dengan perubahan');
      await shot(page, 'journey-evaluation-decided');

      // Step 11: next year's plan starts from this one, with the evaluation's note.
      await page.getByTestId('evaluation-next-plan').click();
      await page.getByTestId('work-plans').waitFor();
      await expect
        .poll(() => page.locator('[data-testid="item-evaluation-note"]:visible').allTextContents())
        .toContain(`Catatan evaluasi: ${trainingNote}`);
      expect(await page.getByTestId('work-plans').textContent()).toContain('2027');

      // The evidence pack: a ZIP whose index and photo open.
      const [packDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('evidence-pack-download').click(),
      ]);
      const entries = await unzipEntries(fs.readFileSync(await packDownload.path()));
      const names = [...entries.keys()];
      expect(names).toContain('00-indeks.pdf');
      const photo = names.find((name) => name.startsWith('kegiatan/') && name.endsWith('.jpg'));
      expect(photo).toBeDefined();
      expect(entries.get(photo!)!.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      const index = flattenText((await extractPdfText(entries.get('00-indeks.pdf')!)).pages.join('\n'));
      expect(index).toContain('PKW Tas Rajut 2026');
      await shot(page, 'journey-next-year-plan');
      expect(pageErrors).toEqual([]);
    });
  });
});
