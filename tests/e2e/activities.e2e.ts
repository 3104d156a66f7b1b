import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ActivityList } from '../../src/shared/contracts/activities';
import { createPartnershipVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  standardPassword,
  type Session,
} from '../factories/people';
import { phonePhotoWithLocation, tinyPdf } from '../factories/photos';
import { createWorkPlanVia, placementItemBody, workPlanItemBody } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe.skipIf(!hasChromium)('browser: activities and their evidence (step 8)', () => {
  describeEachDatabase('activities', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let api: Session;
    let managerEmail: string;
    let partnershipId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Rumah Produksi Rajut Intan' });
      partnershipId = (await createPartnershipVia(api, [partner.id], { name: 'PKW Tas Rajut' })).id;
      await createWorkPlanVia(api, partnershipId, { items: [workPlanItemBody(), placementItemBody()] });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name, fullPage);
    };

    it('records an activity with a photo on a phone; the partner adds an attendance list through its link', async () => {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      const section = page.getByTestId('activities');
      await section
        .getByTestId('activity-item-group')
        .first()
        .waitFor()
        .catch(async (error: unknown) => {
          await saveScreenshot(page, `activities-debug-${dialect}`, true);
          throw new Error(`${String(error)} ${pageErrors.join(' | ')}`);
        });
      expect(await section.getByTestId('activities-empty').textContent()).toContain('foto dan daftar hadir');

      await section.getByTestId('activity-record-for-item').first().click();
      const form = page.getByTestId('activity-form');
      expect(await form.getByTestId('activity-title').inputValue()).toBe('Pelatihan merajut tas');
      await form.getByTestId('activity-status').getByText('Selesai', { exact: true }).click();
      await form.getByTestId('activity-started-on').fill('2026-03-02');
      await form.getByTestId('activity-ended-on').fill('2026-03-06');
      // Words instead of a number: refused by the field, nothing typed is lost.
      await form.getByTestId('activity-actual').fill('sepuluh');
      await form.getByTestId('activity-save').click();
      await expect.poll(() => form.getByText('Capaian harus berupa angka').count()).toBe(1);
      await form.getByTestId('activity-actual').fill('18');
      await form.getByTestId('activity-outputs').fill('18 peserta menguasai tusuk dasar');
      await form.locator('input[type=file]').setInputFiles({
        name: 'pelatihan.jpg',
        mimeType: 'image/jpeg',
        buffer: await phonePhotoWithLocation(640, 480),
      });
      await form.getByTestId('activity-evidence-caption').fill('Praktik hari pertama');
      await shot(page, 'activities-record-modal-phone', false);
      await form.getByTestId('activity-save').click();
      await form.waitFor({ state: 'detached' });

      const card = section.getByTestId('activity-card').first();
      await card.getByTestId('evidence-item').first().waitFor();
      expect(await card.getByTestId('activity-actual-of-target').textContent()).toBe(
        '18 dari 20 orang peserta didik terlatih',
      );
      expect(await card.getByTestId('activity-status-badge').textContent()).toBe('Selesai');
      await expect
        .poll(() =>
          card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        )
        .toBe(true);

      await section.getByTestId('evidence-link-open').click();
      await page.getByTestId('evidence-link-create').click();
      const url = await page.getByTestId('evidence-link-url').inputValue();
      expect(url).toContain(`/tautan/bukti-kegiatan/${partnershipId}/`);
      await shot(page, 'activities-evidence-link-phone', false);
      await page.keyboard.press('Escape');

      const partnerContext = await browser.newContext(phone);
      const partnerPage = await partnerContext.newPage();
      partnerPage.on('pageerror', (error) => pageErrors.push(error.message));
      await partnerPage.goto(url);
      const publicForm = partnerPage.getByTestId('public-evidence-form');
      await publicForm.waitFor();
      expect(await partnerPage.getByTestId('public-evidence-item').count()).toBe(1);
      expect(await publicForm.textContent()).toContain('Penempatan lulusan di rumah produksi');
      await publicForm.getByTestId('public-evidence-kind').getByText('Daftar hadir', { exact: true }).click();
      await publicForm
        .locator('input[type=file]')
        .setInputFiles({ name: 'daftar-hadir.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
      await publicForm.getByTestId('public-evidence-caption').fill('Daftar hadir magang minggu pertama');
      await publicForm.getByTestId('public-evidence-name').fill('Hj. Rusmini');
      await publicForm.getByTestId('public-evidence-send').click();
      await partnerPage.getByTestId('public-evidence-sent').waitFor();
      expect(await partnerPage.getByTestId('public-evidence-received').textContent()).toContain(
        'Daftar hadir magang minggu pertama (Hj. Rusmini)',
      );
      await shot(partnerPage, 'activities-partner-link-phone');

      await page.reload();
      const groups = page.getByTestId('activities').getByTestId('activity-item-group');
      const placement = groups.nth(1);
      await placement.getByTestId('evidence-item').first().waitFor();
      expect(await placement.getByTestId('evidence-item').first().getAttribute('data-kind')).toBe(
        'attendance',
      );
      expect(await placement.textContent()).toContain('dari mitra: Hj. Rusmini');
      await shot(page, 'activities-section-phone');

      const list = (
        await api.request('GET', `/api/v1/partnerships/${partnershipId}/activities`)
      ).json<ActivityList>();
      expect(
        list.items.map((a) => [a.title, a.status, a.actualQuantity, a.evidence.map((e) => e.side)]),
      ).toEqual([
        ['Pelatihan merajut tas', 'done', 18, ['institution']],
        ['Penempatan lulusan di rumah produksi', 'in_progress', null, ['partner']],
      ]);
      const bad = await partnerPage.goto(url.replace(/[^/]+$/, 'tautan-palsu'));
      expect(bad?.status()).toBe(200);
      await partnerPage.getByTestId('public-link-problem').waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
      await partnerContext.close();
    });
  });
});
