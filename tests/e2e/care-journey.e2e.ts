import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const partnerName = 'Rumah Produksi Rajut Intan';

/**
 * The journey (section C): five days before Idulfitri 1447 H the agenda says to greet the
 * partners; the manager greets one through WhatsApp, says it went, and finds it in the contact log;
 * then asks the partner for feedback, the owner answers on her phone, and the score is on the page.
 */
describe.skipIf(!hasChromium)('browser: relationship care from the agenda to the feedback score', () => {
  describeEachDatabase('care journey', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let partnerId: string;

    beforeAll(async () => {
      // The server's clock is in March 2026; the session lasts however far it moves.
      server = await startLiveServer(dialect, { sessionIdleMinutes: 525_600, sessionAbsoluteHours: 8_760 });
      server.clock.set(new Date('2026-03-16T01:00:00.000Z'));
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server, {
        name: 'LKP Tas Rajut Banjarbaru',
      });
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      partnerId = (await createPartnerVia(api, { name: partnerName })).id;
      await createContactVia(api, partnerId, {
        name: 'Hj. Rusmini',
        salutation: 'ibu',
        position: 'Pemilik',
        phone: '0812-3456-7890',
        whatsApp: true,
        email: null,
        preferences: 'Lebih suka dihubungi lewat WhatsApp pagi hari',
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name, fullPage);
    };

    it('greets from the agenda through the exact wa.me link, logs it, and sees the feedback score', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);

      // 1. Today's agenda: Idulfitri is coming, for every partner.
      await page.goto(`${server.baseUrl}/perawatan`);
      await page.getByTestId('agenda-panel').waitFor();
      const idulfitri = page
        .getByTestId('agenda-item')
        .filter({ hasText: 'Idulfitri' })
        .and(page.locator('[data-reason="occasion_coming"]'));
      await idulfitri.waitFor();
      expect(await idulfitri.getByTestId('agenda-item-due').textContent()).toContain('Sabtu, 21 Maret 2026');
      await shot(page, 'care-journey-agenda');

      // 2. The greeting: choose the partner, the text is ready, the link is exact.
      await idulfitri.getByTestId('agenda-item-contact').click();
      const modal = page.getByTestId('message-compose-form');
      await modal.waitFor();
      await modal.getByTestId('message-partner').click();
      await modal.getByTestId('message-partner').fill('Rajut Intan');
      await page.getByRole('option', { name: partnerName }).click();
      const body = modal.getByTestId('message-body');
      await expect.poll(() => body.inputValue()).toContain('Selamat Hari Raya Idulfitri 1447 H');
      const text = await body.inputValue();
      expect(text).toContain('Ibu Hj. Rusmini');
      expect(text).toContain('Mohon maaf lahir dan batin');
      expect(await modal.getByTestId('message-contact-notes').textContent()).toContain(
        'Lebih suka dihubungi lewat WhatsApp pagi hari',
      );
      await shot(page, 'care-journey-greeting', false);
      await modal.getByTestId('message-prepare').click();
      const link = modal.getByTestId('message-whatsapp-link');
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(
        `https://wa.me/6281234567890?text=${encodeURIComponent(text)}`,
      );
      const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
      await popup.close();

      // 3. Jalin asks whether it went; yes logs the interaction.
      await modal.getByTestId('message-ask-sent').waitFor();
      await shot(page, 'care-journey-ask-sent', false);
      await modal.getByTestId('message-sent-yes').click();
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      const logged = page.getByTestId('interaction-item').filter({ hasText: 'Ucapan lewat WhatsApp' });
      await logged.waitFor();
      expect(await logged.count()).toBe(1);
      const interactions = await server.deps.db
        .selectFrom('interactions')
        .select(['kind', 'finding_other_notes'])
        .execute();
      expect(interactions).toEqual([{ kind: 'whatsapp', finding_other_notes: text }]);

      // 4. Feedback: ask, the partner answers on a phone, the score is on the partner page.
      await page.getByTestId('feedback-ask').click();
      await page.getByTestId('feedback-link-create').click();
      await page.getByTestId('feedback-link-issued').waitFor();
      const url = await page.getByTestId('feedback-link-url').inputValue();
      expect(await page.getByTestId('feedback-link-whatsapp').getAttribute('href')).toContain(
        'https://wa.me/6281234567890?text=',
      );
      await page.getByTestId('feedback-link-done').click();

      const phone = await browser.newContext({
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
      });
      const owner = await phone.newPage();
      await owner.goto(url);
      await owner.getByTestId('public-feedback').waitFor();
      await owner.getByTestId('feedback-satisfaction-5').tap();
      await owner.getByTestId('feedback-recommend-10').tap();
      await owner.getByTestId('feedback-improve').fill('Kabari jadwal praktik lebih awal.');
      await shot(owner, 'care-journey-feedback-phone');
      await owner.getByTestId('feedback-submit').tap();
      await owner.getByTestId('public-feedback-thanks').waitFor();
      await phone.close();

      await page.reload();
      const latest = page.getByTestId('feedback-latest');
      await latest.waitFor();
      expect(await latest.textContent()).toContain('5/5');
      await page.getByTestId('partner-feedback').scrollIntoViewIfNeeded();
      await shot(page, 'care-journey-partner-score', false);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
