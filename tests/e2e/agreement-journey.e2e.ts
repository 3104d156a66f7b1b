import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnershipVia } from '../factories/engagement';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { docxPlainText, readDocxXml } from '../factories/docx-text';
import { extractPdfText, flattenText } from '../factories/pdf-text';
import { hasChromium, launchChromium, screenshotDir } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { drawSignature, signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const partnerName = 'Rumah Produksi Rajut Intan';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Picks options of a Mantine MultiSelect by their visible words, then closes it. */
async function pickMany(page: Page, testId: string, options: string[]): Promise<void> {
  await page.getByTestId(testId).click({ force: true });
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

const statusOf = (page: Page) =>
  page.getByTestId('agreement-facts').getByTestId('agreement-status').getAttribute('data-status');

describe.skipIf(!hasChromium)('browser: the issue-5 journey, work plan to a verified signed MoU', () => {
  describeEachDatabase('agreement journey', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let partnershipId: string;
    const year = new Date().getFullYear();

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: partnerName });
      await createContactVia(api, partner.id, { name: 'Hj. Rusmini', position: 'Pemilik' });
      const partnership = await createPartnershipVia(api, [partner.id], {
        name: 'PKW Tas Rajut',
        pattern: 'operational_cooperation',
      });
      partnershipId = partnership.id;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('plans, drafts a KSO MoU, refuses 70/20, renders, is signed by both and catches a changed byte', async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);

      // Step 5: the work plan, one activity through the item modal.
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      await page.getByTestId('work-plans-empty').getByTestId('work-plan-create').click();
      await page.getByTestId('work-plan-create-submit').click();
      await page.getByTestId('work-plan-view').waitFor();
      await page.getByTestId('work-plan-add-item').click();
      await page.getByTestId('item-activity').fill('Pelatihan merajut tas');
      await page.getByTestId('item-objective').fill('Meningkatkan keterampilan merajut peserta didik PKW');
      await page.getByTestId('item-responsible-party').getByText('Bersama', { exact: true }).click();
      await page.getByTestId('item-starts-on').fill(`${year}-03-02`);
      await page.getByTestId('item-ends-on').fill(`${year}-04-30`);
      await page.getByTestId('item-budget').fill('1.500.000');
      await page.getByTestId('item-contribution-institution').fill('900.000');
      await page.getByTestId('item-contribution-partner').fill('600000');
      await page.getByTestId('item-target-quantity').fill('20');
      await page.getByTestId('item-target-unit').fill('orang');
      await page.getByTestId('item-target-description').fill('peserta didik terlatih');
      await page.getByTestId('item-save').click();
      await page.getByTestId('work-plan-item-form').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('work-plan-item-row').count()).toBe(1);
      expect(await page.getByTestId('total-budget').textContent()).toBe('Rp1.500.000,00');
      expect(await page.getByTestId('total-partner').textContent()).toBe('Rp600.000,00');

      // Step 6: an MoU from the partnership's Kesepakatan section.
      await page.getByTestId('partnership-agreements-empty').getByTestId('agreement-create-mou').click();
      await page.getByTestId('agreement-create-form').waitFor();
      await expect.poll(() => page.getByTestId('signatory-partner-name').inputValue()).toBe('Hj. Rusmini');
      await page.getByTestId('agreement-create-subject').fill('Kerja Sama Operasional Produksi Tas Rajut');
      await page.getByTestId('agreement-create-place').fill('Banjarbaru');
      await page.getByTestId('agreement-create-starts-on').fill(`${year}-01-02`);
      await page.getByTestId('agreement-create-ends-on').fill(`${year + 1}-12-31`);
      await page.getByTestId('signatory-institution-position').fill('Pimpinan LKP');
      await page.getByTestId('agreement-create-submit').click();
      await page.waitForURL(/\/kesepakatan\/[0-9a-f-]{36}$/);
      const agreementId = page.url().split('/').at(-1)!;
      const agreementRow = () =>
        server.deps.db
          .selectFrom('agreements')
          .selectAll()
          .where('id', '=', agreementId)
          .executeTakeFirstOrThrow();
      expect(await agreementRow()).toMatchObject({ kind: 'mou', status: 'draft' });

      // KSO terms: 70/20 is refused and not saved; 60/40 is.
      await page.getByTestId('kso-terms').waitFor();
      await pickMany(page, 'kso-contributions-institution', ['sarana dan prasarana', 'tenaga kerja']);
      await pickMany(page, 'kso-contributions-partner', ['modal', 'jaminan pasar']);
      await page
        .getByTestId('kso-details-partner')
        .fill('modal kerja Rp1.500.000,00 untuk benang dan aksesori');
      await page.getByTestId('kso-profit-institution').fill('70');
      await page.getByTestId('kso-profit-partner').fill('20');
      await page.getByTestId('kso-risk-institution').fill('50');
      await page.getByTestId('kso-risk-partner').fill('50');
      const profitTotal = page.getByTestId('kso-profit-total');
      await expect.poll(() => profitTotal.textContent()).toBe('Jumlah 90%: harus tepat 100%.');
      await page.getByTestId('agreement-save').click();
      await page.getByTestId('agreement-form-errors').waitFor();
      expect(await page.getByTestId('kso-profit').textContent()).toContain('harus tepat 100%');
      expect((await agreementRow()).terms_json).toBeNull();
      await page.getByTestId('kso-profit-institution').fill('60');
      await page.getByTestId('kso-profit-partner').fill('40');
      await expect.poll(() => profitTotal.textContent()).toBe('Jumlah 100%');
      await page.getByTestId('agreement-save').click();
      await expect
        .poll(async () => JSON.parse(String((await agreementRow()).terms_json ?? 'null')) as unknown)
        .toMatchObject({ profitSharing: { institution: 60, partner: 40 } });

      // Pratinjau: a rendered A4 page on a canvas, and both files parsed back.
      await page.getByTestId('agreement-tab-pratinjau').click();
      const preview = page.getByTestId('pdf-preview').first();
      await expect.poll(() => preview.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
      const canvas = preview.getByTestId('pdf-preview-page').first();
      const size = await canvas.evaluate((c) => ({
        width: (c as HTMLCanvasElement).width,
        height: (c as HTMLCanvasElement).height,
      }));
      expect(size.height / size.width).toBeGreaterThan(1.35);
      expect(size.height / size.width).toBeLessThan(1.47);
      if (dialect === 'sqlite') {
        // The canvas's own pixels: an element screenshot would catch the fixed header and a toast.
        const png = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL('image/png'));
        fs.mkdirSync(screenshotDir, { recursive: true });
        fs.writeFileSync(
          path.join(screenshotDir, 'agreement-journey-pdf-page.png'),
          Buffer.from(png.split(',')[1]!, 'base64'),
        );
      }
      const fetched: Record<string, Buffer> = {};
      for (const [testId, type] of [
        ['agreement-download-pdf', 'application/pdf'],
        ['agreement-download-docx', docxType],
      ] as const) {
        const response = await page.request.get(
          `${server.baseUrl}${await page.getByTestId(testId).getAttribute('href')}`,
        );
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain(type);
        fetched[type] = Buffer.from(await response.body());
      }
      const pdfText = flattenText((await extractPdfText(fetched['application/pdf']!)).pages.join('\n'));
      const docxXml = await readDocxXml(fetched[docxType]!);
      const docxText = flattenText(await docxPlainText(fetched[docxType]!));
      for (const text of [pdfText, docxText]) {
        expect(text).toContain('NOTA KESEPAHAMAN');
        expect(text).toContain(partnerName);
        expect(text).toContain('LKP Tas Rajut Banjarbaru');
        expect(text).toContain('Rp1.500.000,00');
        expect(text).toContain('60% (enam puluh persen) untuk PIHAK PERTAMA dan 40% (empat puluh persen)');
        for (const title of ['Maksud dan Tujuan', 'Pola Kemitraan', 'Penyelesaian Perselisihan'])
          expect(text).toContain(title);
      }
      expect(docxXml).toContain(partnerName);

      // Step 7: the draft is sent for signatures; the institution signs by drawing.
      await page.getByTestId('agreement-tab-tanda-tangan').click();
      await page.getByTestId('signing-request').click();
      await expect.poll(() => statusOf(page)).toBe('awaiting_signatures');
      const panel = page.getByTestId('signing-panel');
      await panel.getByTestId('signing-sign').click();
      const modal = page.getByTestId('sign-modal');
      await modal.getByTestId('signature-form').waitFor();
      await drawSignature(page, modal.getByTestId('signature-pad'));
      await modal.getByTestId('signature-submit').click();
      await modal.waitFor({ state: 'detached' });
      await panel.getByTestId('signature-row-institution').getByText('Sudah menandatangani').waitFor();

      await panel.getByTestId('signing-link-open').click();
      const linkModal = page.getByTestId('signing-link-modal');
      await linkModal.getByTestId('partner-link-recipient').fill('Hj. Rusmini');
      await linkModal.getByTestId('partner-link-create').click();
      const url = await linkModal.getByTestId('partner-link-url').inputValue();
      expect(url).toContain(`/tautan/tanda-tangan/${agreementId}/`);
      await linkModal.getByTestId('partner-link-close').click();

      // The partner: a fresh context, no account, a 360 px phone, a finger on the pad.
      const phone = await browser.newContext({
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
      });
      const partnerPage = await phone.newPage();
      const partnerErrors: string[] = [];
      partnerPage.on('pageerror', (error) => partnerErrors.push(error.message));
      await partnerPage.goto(url);
      await partnerPage.getByTestId('public-signing-intro').waitFor();
      expect(await partnerPage.getByTestId('public-signing-intro').textContent()).toContain(partnerName);
      await partnerPage.getByTestId('signature-confirm-position').fill('Pemilik');
      await drawSignature(partnerPage, partnerPage.getByTestId('signature-pad'));
      await partnerPage.getByTestId('signature-submit').click();
      await partnerPage.getByTestId('public-signed').waitFor({ timeout: 30_000 });
      expect(await partnerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(partnerErrors).toEqual([]);
      await phone.close();

      // The manager sees it active, downloads the signed copy and verifies it, then a changed one.
      await page.reload();
      await page.getByTestId('signing-active').waitFor({ timeout: 30_000 });
      const facts = page.getByTestId('agreement-facts').getByTestId('agreement-status');
      expect(await facts.textContent()).toBe('Aktif');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('signing-download').click(),
      ]);
      const signed = fs.readFileSync(await download.path());
      expect(signed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const stored = await agreementRow();
      expect(stored.status).toBe('active');
      expect((await page.getByTestId('signing-sha256').textContent())?.trim()).toBe(stored.final_sha256);
      const signedText = flattenText((await extractPdfText(signed)).pages.join('\n'));
      expect(signedText).toContain('Hj. Rusmini');
      expect(signedText).toContain('Rp1.500.000,00');

      const verification = page.getByTestId('verification-box');
      const result = verification.getByTestId('verification-result');
      const check = async (name: string, buffer: Buffer) => {
        await verification
          .locator('input[type="file"]')
          .setInputFiles({ name, mimeType: 'application/pdf', buffer });
        await verification.getByTestId('verification-check').click();
      };
      await check('kesepakatan-bertanda-tangan.pdf', signed);
      await expect.poll(() => result.getAttribute('data-intact')).toBe('true');
      expect(await result.textContent()).toContain('Utuh');
      const tampered = Buffer.from(signed);
      const middle = Math.floor(tampered.length / 2);
      tampered[middle] = (tampered[middle] ?? 0) ^ 0x01;
      await check('kesepakatan-diubah.pdf', tampered);
      await expect.poll(() => result.getAttribute('data-intact')).toBe('false');
      expect(await result.textContent()).toContain('Berubah');
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  });
});
