import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, localDateOf } from '../../src/shared/domain/local-date';
import { createInteractionVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)('browser: follow-up reminders on the home page', () => {
  describeEachDatabase('follow-ups', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let facilitatorEmail: string;
    let partnerId: string;
    let today: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      facilitatorEmail = (
        await createUserFixture(server, institutionId, 'facilitator', { name: 'Ahmad Fauzi' })
      ).email;
      const api = await logInAs(server, facilitatorEmail);
      partnerId = (await createPartnerVia(api, { name: 'Rumah Rajut Banjarbaru' })).id;
      const second = await createPartnerVia(api, { name: 'Koperasi Sasirangan Cempaka' });
      today = localDateOf(server.clock.now(), 'WITA');
      const earlier = new Date(server.clock.now().getTime() - 3 * 60 * 60 * 1000).toISOString();
      // Already on the list before the browser logs its own: one older overdue task, one for later this week.
      await createInteractionVia(api, [second.id], {
        occurredAt: earlier,
        followUp: { task: 'Tagih surat minat kerja sama', dueOn: addDays(today, -3) },
      });
      await createInteractionVia(api, [second.id], {
        occurredAt: earlier,
        followUp: { task: 'Undang ke penjajagan', dueOn: addDays(today, 3) },
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string) => {
      if (dialect === 'sqlite') {
        await saveScreenshot(page, name);
      }
    };

    it('a follow-up due yesterday shows as overdue on the home card; marking it done removes it and the count drops', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

      const count = page.getByTestId('follow-ups-overdue-count');
      await expect.poll(() => count.textContent()).toBe('1 terlambat');

      // Logged on the phone from the partner page, with a task due yesterday.
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('interaction-log').click();
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Telepon' }).click();
      await page
        .getByTestId('quick-log-approach')
        .getByRole('radio', { name: /^Personal/ })
        .click();
      await page.getByTestId('quick-log-summary').fill('Menanyakan kesiapan tempat magang');
      await page.getByTestId('quick-log-follow-up').fill('Kirim proposal program PKW');
      await page.getByTestId('quick-log-follow-up-due').fill(addDays(today, -1));
      await page.getByTestId('quick-log-save').click();
      await expect.poll(() => page.getByTestId('interaction-item').count()).toBe(1);

      await page
        .getByTestId('nav-home')
        .first()
        .evaluate((link: HTMLElement) => link.click());
      await expect.poll(() => count.textContent()).toBe('2 terlambat');
      const overdue = page.getByTestId('follow-ups-overdue').getByTestId('follow-up-item');
      await expect.poll(() => overdue.count()).toBe(2);
      const logged = overdue.filter({ hasText: 'Kirim proposal program PKW' });
      expect(await logged.getAttribute('data-overdue')).toBe('true');
      // Marked in words, not only by colour; with the partner and the due date.
      const text = (await logged.textContent()) ?? '';
      expect(text).toContain('Terlambat');
      expect(text).toContain('Rumah Rajut Banjarbaru');
      expect(text).toContain('Tenggat');
      const week = page.getByTestId('follow-ups-week').getByTestId('follow-up-item');
      expect(await week.textContent()).toContain('Undang ke penjajagan');
      await shot(page, 'follow-ups-home-phone');

      const interactionId = (await logged.getAttribute('data-interaction-id')) ?? '';
      await logged.getByTestId('follow-up-done').click();
      await expect.poll(() => overdue.count()).toBe(1);
      await expect.poll(() => count.textContent()).toBe('1 terlambat');
      expect(await page.getByTestId('follow-ups-card').textContent()).not.toContain(
        'Kirim proposal program PKW',
      );
      const row = await server.deps.db
        .selectFrom('interactions')
        .select(['follow_up_done_at', 'follow_up_done_by_user_id'])
        .where('id', '=', interactionId)
        .executeTakeFirstOrThrow();
      expect(row.follow_up_done_at).not.toBeNull();
      await shot(page, 'follow-ups-home-phone-after-done');

      // The menu's count on a wide screen, and the full list with its filters.
      await page.setViewportSize({ width: 1280, height: 900 });
      await expect.poll(() => page.getByTestId('nav-overdue-count').textContent()).toBe('1');
      await page.getByTestId('follow-ups-see-all').click();
      await page.waitForURL(/\/tindak-lanjut/);
      await expect.poll(() => page.getByTestId('follow-up-item').count()).toBe(2);
      await shot(page, 'follow-ups-page');
      await page.getByTestId('follow-up-status').getByText('Selesai').click();
      await page.waitForURL(/status=done/);
      await expect.poll(() => page.getByTestId('follow-up-item').count()).toBe(1);
      expect(await page.getByTestId('follow-up-item').textContent()).toContain('Kirim proposal program PKW');
      await shot(page, 'follow-ups-page-done');
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
