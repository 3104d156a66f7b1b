import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const day = 24 * 3_600_000;

/** "2026-12-06T09:00": the datetime-local value of an instant in WITA. */
function witaInput(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

describe.skipIf(!hasChromium)(
  'browser: occasions calendar and a partner gathering (techniques 5 and 2)',
  () => {
    describeEachDatabase('occasions and gatherings', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server, {
          name: 'LKP Rajut Intan Banjarbaru',
        });
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        const soon = new Date(server.clock.now().getTime() + 10 * day).toISOString().slice(0, 10);
        const partner = await createPartnerVia(api, {
          name: 'Butik Sasirangan Amanah',
          foundedOn: `2015-${soon.slice(5)}`,
        });
        await createContactVia(api, partner.id, { name: 'Rusmini', phone: '0812-3456-7890', whatsApp: true });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string, fullPage = true) => {
        if (dialect !== 'sqlite') return;
        await saveScreenshot(page, name, fullPage);
      };

      it('shows coming occasions by month, then invites a partner who replies on a 360 px phone', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);

        await page.goto(`${server.baseUrl}/perawatan?tab=occasions`);
        const panel = page.getByTestId('occasions-panel');
        await panel.waitFor();
        const founded = page.getByTestId('occasion-row').filter({ hasText: 'Butik Sasirangan Amanah' });
        expect(await founded.textContent()).toContain('Hari jadi mitra');
        expect(await founded.getByTestId('occasion-greet').count()).toBe(1);
        // The coming year reaches past 2026's decree: computed holidays are marked "perkiraan".
        expect(await page.getByTestId('occasion-provisional').count()).toBeGreaterThan(0);
        await page.getByTestId('occasion-add').click();
        await page.getByTestId('occasion-title').fill('Peluncuran tas rajut motif sasirangan');
        await page
          .getByTestId('occasion-date')
          .fill(new Date(server.clock.now().getTime() + 3 * day).toISOString().slice(0, 10));
        await page.getByTestId('occasion-save').click();
        await page
          .getByTestId('occasion-row')
          .filter({ hasText: 'Peluncuran tas rajut motif sasirangan' })
          .waitFor();
        await shot(page, 'occasions-panel');

        await page.goto(`${server.baseUrl}/perawatan?tab=gatherings`);
        await page.getByTestId('gatherings-panel').waitFor();
        await page.getByTestId('gathering-create').first().click();
        const start = new Date(server.clock.now().getTime() + 7 * day);
        start.setUTCHours(1, 0, 0, 0);
        await page.getByTestId('gathering-title').fill('Temu Mitra Akhir Tahun');
        await page.getByTestId('gathering-starts').fill(witaInput(start));
        await page.getByTestId('gathering-ends').fill(witaInput(new Date(start.getTime() + 3 * 3_600_000)));
        await page.getByTestId('gathering-place').fill('Aula LKP, Jl. A. Yani Km 34, Banjarbaru');
        await page.getByTestId('gathering-save').click();
        await page.getByTestId('gathering-row').waitFor();
        await page.getByTestId('gathering-open').click();
        await page.getByTestId('gathering-invite').click();
        await page.getByTestId('invite-partners').click();
        await page.getByTestId('invite-partners').fill('Butik');
        await page.getByRole('option', { name: 'Butik Sasirangan Amanah' }).click();
        // Close the list as a person would, by clicking beside it.
        await page.locator('.mantine-Modal-title').click();
        await page.getByTestId('invite-submit').click();
        await page.getByTestId('invite-issued').waitFor();
        const url = await page.getByTestId('invite-url').inputValue();
        expect(url).toMatch(new RegExp(`^${server.baseUrl}/tautan/temu-mitra/[^/]+/[^/]+$`));
        const whatsApp = await page.getByTestId('invite-whatsapp').getAttribute('href');
        expect(whatsApp!.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
        expect(decodeURIComponent(whatsApp!.split('text=')[1]!)).toContain('Bapak/Ibu Rusmini');
        await shot(page, 'gathering-invitation-issued', false);
        await page.getByRole('button', { name: 'Selesai' }).click();

        const phone = await browser.newContext({
          viewport: { width: 360, height: 740 },
          hasTouch: true,
          isMobile: true,
        });
        const partnerPage = await phone.newPage();
        const partnerErrors: string[] = [];
        partnerPage.on('pageerror', (error) => partnerErrors.push(error.message));
        await partnerPage.goto(url);
        await partnerPage.getByTestId('public-gathering').waitFor();
        expect(await partnerPage.getByTestId('public-gathering-title').textContent()).toBe(
          'Temu Mitra Akhir Tahun',
        );
        expect(await partnerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
        await shot(partnerPage, 'gathering-reply-phone');
        await partnerPage.getByTestId('gathering-answer-attending').tap();
        await partnerPage.getByTestId('gathering-people').fill('2');
        await partnerPage.getByTestId('gathering-note').fill('Saya datang bersama satu staf.');
        await partnerPage.getByTestId('gathering-reply-submit').tap();
        await partnerPage.getByTestId('gathering-reply-thanks').waitFor();
        expect(await partnerPage.getByTestId('public-gathering-current').textContent()).toContain('Hadir');
        await shot(partnerPage, 'gathering-reply-phone-sent');
        // Changing the reply through the same link.
        await partnerPage.reload();
        await partnerPage.getByTestId('gathering-answer-maybe').tap();
        await partnerPage.getByTestId('gathering-reply-submit').tap();
        await partnerPage.getByTestId('gathering-reply-thanks').waitFor();
        expect(await partnerPage.getByTestId('public-gathering-current').textContent()).toContain('Mungkin');
        await partnerPage.goto(`${url.slice(0, -4)}XXXX`);
        await partnerPage.getByTestId('public-link-problem').waitFor();
        expect(await partnerPage.getByTestId('public-link-problem').textContent()).toContain('tidak dikenal');
        expect(partnerErrors).toEqual([]);
        await phone.close();

        await page.reload();
        await page.getByTestId('gathering-open').click();
        const row = page.getByTestId('gathering-invitation-row');
        await row.waitFor();
        expect(await row.getByTestId('gathering-invitation-reply').textContent()).toBe('Mungkin');
        // The box follows the server: it ticks once the mark is saved.
        await row.getByTestId('gathering-attended').click();
        await expect
          .poll(async () => page.getByTestId('gathering-counts').textContent())
          .toContain('Datang 1');
        await shot(page, 'gathering-detail');

        // The holiday table: 2026 exactly as decreed, read-only for a manager.
        await page.goto(`${server.baseUrl}/pengaturan/hari-libur`);
        await page.getByTestId('holiday-table').waitFor();
        await page.getByTestId('holiday-year').click();
        await page.getByRole('option', { name: '2026', exact: true }).click();
        await expect.poll(() => page.getByTestId('holiday-row').count()).toBe(25);
        expect(await page.getByTestId('holiday-source').textContent()).toBe('Sesuai SKB');
        expect(await page.getByTestId('holiday-add').count()).toBe(0);
        await shot(page, 'holidays-settings');
        expect(pageErrors).toEqual([]);
      });
    });
  },
);
