import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createInteractionVia } from '../factories/engagement';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const day = 24 * 60 * 60 * 1000;

describe.skipIf(!hasChromium)('browser: the care agenda and the partner health card', () => {
  describeEachDatabase('care agenda', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let facilitatorEmail: string;
    let duePartnerId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      const facilitator = await createUserFixture(server, institutionId, 'facilitator', {
        name: 'Ahmad Fauzi',
      });
      facilitatorEmail = facilitator.email;
      const api = await logInAs(server, facilitatorEmail);
      duePartnerId = (
        await createPartnerVia(api, { name: 'Rumah Rajut Banjarbaru', facilitatorUserId: facilitator.userId })
      ).id;
      await createContactVia(api, duePartnerId, {
        name: 'Ibu Hj. Rusmini',
        preferences: 'Lebih suka dihubungi sore hari lewat WhatsApp',
        sensitiveTopics: 'Jangan singgung pinjaman koperasi yang macet',
      });
      const ago = (days: number) => new Date(server.clock.now().getTime() - days * day).toISOString();
      // A business prospect is contacted every 30 days: the last visit was 40 days ago.
      await createInteractionVia(api, [duePartnerId], { occurredAt: ago(40), followUp: null });
      const recent = await createPartnerVia(api, {
        name: 'Koperasi Sasirangan Cempaka',
        facilitatorUserId: facilitator.userId,
      });
      await createInteractionVia(api, [recent.id], { occurredAt: ago(2), followUp: null });
      const silent = await createPartnerVia(api, {
        name: 'Kelompok Perajin Sasirangan',
        facilitatorUserId: facilitator.userId,
      });
      await createInteractionVia(api, [silent.id], { occurredAt: ago(70), followUp: null });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name);
    };

    it('shows the due partner with its reason, opens its health card, and a longer cadence takes it off', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

      // Other modules add institution-wide items (a coming holiday), so count this partner's only.
      const homeItems = page
        .getByTestId('agenda-home-card')
        .getByTestId('agenda-item')
        .filter({ hasText: 'Rumah Rajut Banjarbaru' });
      await expect.poll(() => homeItems.count()).toBe(1);
      await shot(page, 'care-agenda-home-phone');

      await page.goto(`${server.baseUrl}/perawatan`);
      const panel = page.getByTestId('agenda-panel');
      const items = panel.getByTestId('agenda-item').filter({ hasText: 'Rumah Rajut Banjarbaru' });
      await expect.poll(() => items.count()).toBe(1);
      const item = items.first();
      expect(await panel.textContent()).not.toContain('Koperasi Sasirangan Cempaka');
      expect(await item.getAttribute('data-reason')).toBe('cadence_due');
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('Waktunya menghubungi kembali');
      expect(text).toContain('Terlambat 10 hari');
      // "Jatuh tempo Selasa, 10 Maret 2026": the weekday and month in Indonesian words.
      expect(await item.getByTestId('agenda-item-due').textContent()).toMatch(
        /^Jatuh tempo (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}$/,
      );
      expect(await page.getByTestId('agenda-scope').textContent()).toContain('Mitra saya');
      await shot(page, 'care-agenda-phone');

      await page.getByTestId('agenda-scope').getByText('Semua mitra').click();
      await page.waitForURL(/scope=all/);
      await expect.poll(() => items.count()).toBe(1);

      await item.getByTestId('agenda-item-partner').click();
      await page.waitForURL(new RegExp(`/mitra/${duePartnerId}`));
      const card = page.getByTestId('partner-health');
      await expect.poll(() => card.getByTestId('partner-health-component').count()).toBe(5);
      // Contact 20 of 30 (40 days against 30, within 1.5x), neutral feedback 10, no problems 15,
      // no agreement 8, nothing being carried out 10.
      expect(await card.getByTestId('partner-health-score').textContent()).toBe('63/100');
      expect(await card.getByTestId('partner-health-band').textContent()).toBe('Perlu perhatian');
      const cardText = (await card.textContent()) ?? '';
      expect(cardText).toContain('Dihubungi 40 hari lalu, sedikit melewati jarak kontak 30 hari.');
      expect(cardText).toContain('Jangan singgung pinjaman koperasi yang macet');
      expect(cardText).toContain('Lebih suka dihubungi sore hari lewat WhatsApp');
      await card.scrollIntoViewIfNeeded();
      await shot(page, 'care-partner-health-phone');

      await card.getByTestId('cadence-edit').click();
      await card.getByTestId('cadence-input').fill('60');
      await card.getByTestId('cadence-save').click();
      await expect.poll(() => card.getByTestId('cadence-days').textContent()).toBe('60 hari');
      expect(await card.getByTestId('partner-health-band').textContent()).toBe('Sehat');
      const row = await server.deps.db
        .selectFrom('partners')
        .select('contact_cadence_days')
        .where('id', '=', duePartnerId)
        .executeTakeFirstOrThrow();
      expect(row.contact_cadence_days).toBe(60);

      await page.setViewportSize({ width: 1280, height: 900 });
      await shot(page, 'care-partner-health-desktop');
      expect(await card.getByTestId('partner-health-score').textContent()).toBe('73/100');
      await page.goto(`${server.baseUrl}/perawatan?scope=all`);
      await expect.poll(() => panel.count()).toBe(1);
      await expect
        .poll(() => page.getByTestId('agenda-item').or(page.getByTestId('agenda-empty')).count())
        .toBeGreaterThan(0);
      expect(await panel.textContent()).not.toContain('Rumah Rajut Banjarbaru');
      await shot(page, 'care-agenda-after-cadence-desktop');

      await page.getByTestId('care-tab-neglected').click();
      await page.waitForURL(/tab=neglected/);
      const neglected = page.getByTestId('neglected-item');
      await expect.poll(() => neglected.count()).toBe(1);
      const neglectedText = (await neglected.textContent()) ?? '';
      expect(neglectedText).toContain('Kelompok Perajin Sasirangan');
      expect(neglectedText).toContain('Tidak dihubungi 70 hari (jarak kontak 30 hari)');
      await shot(page, 'care-neglected-desktop');
      expect(pageErrors).toEqual([]);
    });
  });
});
