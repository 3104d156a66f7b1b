import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { evaluatedPartnershipVia, insertActivityRow } from '../factories/evaluations';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const trainingNote = 'Tambahkan materi finishing tas sesuai standar pesanan';
const placementNote = 'Mulai magang pada bulan kelima pelatihan';

describe.skipIf(!hasChromium)(
  'browser: the joint evaluation, decision and next year’s plan (steps 9–11)',
  () => {
    describeEachDatabase('evaluation', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;
      let partnershipId: string;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        const { partnership, plan } = await evaluatedPartnershipVia(api);
        partnershipId = partnership.id;
        const base = { institutionId, partnershipId, workPlanId: plan.id };
        await insertActivityRow(server, {
          ...base,
          workPlanItemId: plan.items[0]!.id,
          status: 'done',
          actualQuantity: 18,
        });
        await insertActivityRow(server, {
          ...base,
          workPlanItemId: plan.items[1]!.id,
          status: 'in_progress',
          actualQuantity: 3,
        });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string, fullPage = true) => {
        if (dialect !== 'sqlite') return;
        await saveScreenshot(page, name, fullPage);
      };

      it('the manager evaluates, the partner answers on a phone, the decision leads to next year’s plan', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
        const empty = page.getByTestId('evaluations-empty');
        await empty.waitFor();
        await empty.getByTestId('evaluation-start').click();
        expect(await page.getByTestId('evaluation-cycle-year').inputValue()).toBe('2026');
        await page.getByTestId('evaluation-start-submit').click();
        await page.getByTestId('evaluation-page').waitFor();

        // Plan against actual, with the outcome the recorded activities suggest.
        const training = page.getByTestId('evaluation-item-0');
        const placement = page.getByTestId('evaluation-item-1');
        expect(await training.getByTestId('evaluation-item-actual').textContent()).toBe('18 orang');
        expect(await placement.getByTestId('evaluation-item-actual').textContent()).toBe('3 orang');
        expect(await training.getByTestId('evaluation-item-outcome').inputValue()).toBe('Sesuai rencana');
        expect(await placement.getByTestId('evaluation-item-outcome').inputValue()).toBe('Sebagian');
        await training.getByTestId('evaluation-item-note').fill(trainingNote);
        await placement.getByTestId('evaluation-item-note').fill(placementNote);
        await placement.getByTestId('evaluation-item-goal').click();
        await page.getByRole('option', { name: 'Sebagian tercapai', exact: true }).click();
        await page
          .getByTestId('evaluation-goals')
          .fill('Pelatihan tuntas; penyerapan lulusan belum mencapai target.');
        await page.getByTestId('evaluation-obstacles').fill('Pesanan bengkel turun pada kuartal ketiga.');
        await page.getByTestId('evaluation-satisfaction').fill('4');
        await page.getByTestId('evaluation-recommendations').fill('Lanjutkan dengan magang lebih awal.');
        await page.getByTestId('evaluation-save').click();
        await expect.poll(() => page.getByText('Evaluasi disimpan.').count()).toBeGreaterThan(0);
        await shot(page, 'evaluation-assessed');

        await page.getByTestId('evaluation-link-recipient').fill('Hj. Rusmini');
        await page.getByTestId('evaluation-link-create').click();
        const url = await page.getByTestId('evaluation-link-url').inputValue();
        expect(url).toContain('/tautan/evaluasi/');

        // The partner: a fresh context, no account, a 360 px phone.
        const phone = await browser.newContext({
          viewport: { width: 360, height: 740 },
          hasTouch: true,
          isMobile: true,
        });
        const partnerPage = await phone.newPage();
        const partnerErrors: string[] = [];
        partnerPage.on('pageerror', (error) => partnerErrors.push(error.message));
        await partnerPage.goto(url);
        await partnerPage.getByTestId('public-evaluation').waitFor();
        const items = await partnerPage.getByTestId('public-evaluation-items').textContent();
        expect(items).toContain('Pelatihan merajut tas');
        expect(items).toContain('18 orang');
        await shot(partnerPage, 'evaluation-partner-phone');
        await partnerPage.getByTestId('partner-name').fill('Hj. Rusmini');
        await partnerPage.getByTestId('partner-position').fill('Pemilik Bengkel Rajut');
        await partnerPage.getByTestId('partner-satisfaction').fill('5');
        await partnerPage.getByTestId('partner-goals').fill('Tiga lulusan sudah bekerja di bengkel kami.');
        await partnerPage.getByTestId('partner-recommendations').fill('Tambahkan materi finishing.');
        await partnerPage.getByTestId('partner-submit').click();
        await partnerPage.getByTestId('public-evaluation-thanks').waitFor();
        await shot(partnerPage, 'evaluation-partner-thanks');
        await partnerPage.reload();
        const problem = partnerPage.getByTestId('public-link-problem');
        await problem.waitFor();
        expect(await problem.textContent()).toContain('sudah dikirim');
        await shot(partnerPage, 'evaluation-partner-link-used');
        expect(partnerErrors).toEqual([]);
        await phone.close();

        // Back at the institution: the partner's answers, improvements, RTL and the decision.
        await page.reload();
        const answers = page.getByTestId('evaluation-partner-answers');
        await answers.waitFor();
        expect(await answers.textContent()).toContain('Hj. Rusmini, Pemilik Bengkel Rajut');
        await page.getByTestId('improvement-add').click();
        await page.getByTestId('improvement-text').fill('Magang dimulai pada bulan kelima pelatihan');
        await page.getByTestId('improvement-owner').fill('Siti Rahmah');
        await page.getByTestId('improvements-save').click();
        await page.getByTestId('rtl-add').click();
        const row = page.getByTestId('rtl-row-0');
        await row.getByTestId('rtl-activity').fill('Magang lulusan di tiga bengkel');
        await row.getByTestId('rtl-target').fill('5 lulusan bekerja');
        await row.getByTestId('rtl-timing').fill('Juli–Oktober 2027');
        await row.getByTestId('rtl-personResponsible').fill('Siti Rahmah');
        await row.getByTestId('rtl-successIndicator').fill('5 kontrak kerja');
        await page.getByTestId('rtl-save').click();
        await page.getByTestId('rtl-download-xlsx').waitFor();
        await page.getByTestId('decision-continue_with_changes').check();
        await page
          .getByTestId('decision-reason')
          .fill('Pelatihan berhasil; penyerapan lulusan perlu diperbaiki.');
        await page.getByTestId('decision-submit').click();
        const decided = page.getByTestId('evaluation-decided');
        await decided.waitFor();
        expect(await decided.textContent()).toContain('Lanjutkan dengan perubahan');
        await shot(page, 'evaluation-decided');

        await page.getByTestId('evaluation-next-plan').click();
        await page.getByTestId('work-plans').waitFor();
        await expect
          .poll(() => page.locator('[data-testid="item-evaluation-note"]:visible').allTextContents())
          .toEqual([`Catatan evaluasi: ${trainingNote}`, `Catatan evaluasi: ${placementNote}`]);
        expect(await page.getByTestId('work-plans').textContent()).toContain('2027');
        expect(await page.getByTestId('evaluation-decision-badge').textContent()).toBe(
          'Lanjutkan dengan perubahan',
        );
        await shot(page, 'evaluation-next-plan');
        expect(pageErrors).toEqual([]);
        const stage = await server.deps.db
          .selectFrom('partnerships')
          .select('stage')
          .where('id', '=', partnershipId)
          .executeTakeFirstOrThrow();
        expect(stage.stage).toBe('follow_up');
      });
    });
  },
);
