import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)(
  'browser: feedback through a one-time link, and the value log (techniques 2, 4, 6)',
  () => {
    describeEachDatabase('feedback', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;
      let partnerId: string;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server, {
          name: 'LKP Rajut Intan Banjarbaru',
        });
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        partnerId = (await createPartnerVia(api, { name: 'Bengkel Rajut Sejahtera' })).id;
        await createContactVia(api, partnerId, { name: 'Rusmini', position: 'Pemilik' });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string, fullPage = true) => {
        if (dialect !== 'sqlite') return;
        await saveScreenshot(page, name, fullPage);
      };

      it('asks from the partner page, the contact answers on a 360 px phone, the score shows on the partner page', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/perawatan?tab=feedback`);
        await page.getByTestId('feedback-empty').waitFor();
        await shot(page, 'feedback-panel-empty');

        await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
        const card = page.getByTestId('partner-feedback');
        // The card's header renders before its figures arrive.
        await expect.poll(() => card.textContent()).toContain('Belum ada jawaban');
        await page.getByTestId('feedback-ask').click();
        await page.getByTestId('feedback-link-create').click();
        await page.getByTestId('feedback-link-issued').waitFor();
        const url = await page.getByTestId('feedback-link-url').inputValue();
        expect(url).toMatch(new RegExp(`^${server.baseUrl}/tautan/umpan-balik/[^/]+/[^/]+$`));
        const message = await page.getByTestId('feedback-link-message').inputValue();
        expect(message).toContain('Bapak/Ibu Rusmini');
        expect(message).toContain('Saya Siti Rahmah dari LKP Rajut Intan Banjarbaru');
        expect(message).toContain(url);
        const whatsApp = await page.getByTestId('feedback-link-whatsapp').getAttribute('href');
        expect(whatsApp).toContain('https://wa.me/6281251234567?text=');
        expect(decodeURIComponent(whatsApp!.split('text=')[1]!)).toBe(message);
        await shot(page, 'feedback-link-issued', false);
        await page.getByTestId('feedback-link-done').click();

        // The contact: a fresh context, no account, a 360 × 740 phone.
        const phone = await browser.newContext({
          viewport: { width: 360, height: 740 },
          hasTouch: true,
          isMobile: true,
        });
        const contactPage = await phone.newPage();
        const contactErrors: string[] = [];
        contactPage.on('pageerror', (error) => contactErrors.push(error.message));
        await contactPage.goto(url);
        await contactPage.getByTestId('public-feedback').waitFor();
        expect(await contactPage.getByTestId('public-feedback-institution').textContent()).toBe(
          'LKP Rajut Intan Banjarbaru',
        );
        expect(await contactPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
        for (const testId of ['feedback-satisfaction-1', 'feedback-recommend-0', 'feedback-recommend-10']) {
          const box = (await contactPage.getByTestId(testId).boundingBox())!;
          expect(box.height).toBeGreaterThanOrEqual(44);
          expect(box.width).toBeGreaterThanOrEqual(40);
        }
        await shot(contactPage, 'feedback-phone-form');
        await contactPage.getByTestId('feedback-submit').tap();
        await contactPage.getByText('Pilih tingkat kepuasan (1–5).').waitFor();
        await contactPage.getByTestId('feedback-satisfaction-4').tap();
        await contactPage.getByTestId('feedback-recommend-9').tap();
        expect(await contactPage.getByTestId('feedback-satisfaction-4').getAttribute('aria-checked')).toBe(
          'true',
        );
        await contactPage.getByTestId('feedback-improve').fill('Jadwal magang diumumkan lebih awal.');
        await shot(contactPage, 'feedback-phone-answered', false);
        await contactPage.getByTestId('feedback-submit').tap();
        await contactPage.getByTestId('public-feedback-thanks').waitFor();
        await shot(contactPage, 'feedback-phone-thanks');
        await contactPage.reload();
        const problem = contactPage.getByTestId('public-link-problem');
        await problem.waitFor();
        expect(await problem.textContent()).toContain('sudah dikirim');
        await shot(contactPage, 'feedback-phone-link-used');
        await contactPage.goto(`${url.slice(0, -4)}XXXX`);
        await problem.waitFor();
        expect(await problem.textContent()).toContain('tidak dikenal');
        expect(contactErrors).toEqual([]);
        await phone.close();

        // Back at the institution: the score on the partner page, the figures on the care page.
        await page.reload();
        const latest = page.getByTestId('feedback-latest');
        await latest.waitFor();
        expect(await latest.textContent()).toContain('4/5');
        expect(await page.getByTestId('feedback-average').textContent()).toContain('4/5 dari 1 jawaban');

        await page.getByTestId('value-record-add').click();
        await page.getByTestId('value-record-title').fill('Lokakarya foto produk untuk katalog daring');
        await page.getByTestId('value-record-description').fill('Dua jam bersama fotografer alumni');
        await page.getByTestId('value-record-save').click();
        const record = page.getByTestId('value-record');
        await record.waitFor();
        expect(await record.textContent()).toContain('Lokakarya foto produk');
        expect(await record.textContent()).toContain('Nilai unik yang ditawarkan');
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, 'feedback-partner-page');

        await page.goto(`${server.baseUrl}/perawatan?tab=feedback`);
        await page.getByTestId('feedback-panel').waitFor();
        await expect.poll(() => page.getByTestId('feedback-figure-average').textContent()).toContain('4/5');
        expect(await page.getByTestId('feedback-figure-answered').textContent()).toContain('1');
        expect(await page.getByTestId('feedback-figure-nps').textContent()).toContain('100');
        await expect.poll(() => page.getByTestId('feedback-request-row').count()).toBe(1);
        await shot(page, 'feedback-panel');
        expect(pageErrors).toEqual([]);
      });
    });
  },
);
