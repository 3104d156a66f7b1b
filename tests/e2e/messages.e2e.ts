import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const launchTitle = 'Peluncuran Tas Rajut Motif Sasirangan';

/** The WITA calendar date `days` from now (the server runs on the real clock: session cookies expire by it). */
function witaDate(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!hasChromium)('browser: a WhatsApp greeting from a partner page (technique 5)', () => {
  describeEachDatabase('messages', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let partnerId: string;
    let contactId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      partnerId = (await createPartnerVia(api, { name: 'Koperasi Maju Bersama' })).id;
      contactId = (
        await createContactVia(api, partnerId, {
          name: 'Andi Wijaya',
          salutation: 'bapak',
          position: 'Ketua',
          phone: '0812-3456-7890',
          email: null,
          religion: 'islam',
          preferences: 'Lebih suka dihubungi sore hari',
          sensitiveTopics: 'Jangan singgung usaha lamanya yang tutup',
        })
      ).id;
      const launch = await api.request('POST', '/api/v1/occasions', {
        partnerId,
        kind: 'product_launch',
        title: launchTitle,
        date: witaDate(5),
      });
      if (launch.statusCode !== 201) throw new Error(launch.body);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect !== 'sqlite') return;
      await saveScreenshot(page, name, fullPage);
    };

    it('prepares the greeting, opens the exact wa.me link, confirms it was sent and sees it logged', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('partner-send-message').click();

      const modal = page.getByTestId('message-compose-form');
      await modal.getByTestId('message-purpose').selectOption('greeting');
      const occasion = modal.getByTestId('message-occasion-pick');
      await expect.poll(() => occasion.locator('option', { hasText: launchTitle }).count()).toBe(1);
      const launchRef = await occasion.locator('option', { hasText: launchTitle }).getAttribute('value');
      await occasion.selectOption(launchRef ?? '');
      const body = modal.getByTestId('message-body');
      await expect.poll(() => body.inputValue()).toContain(`Selamat atas ${launchTitle}. Semoga sukses`);
      const notes = await modal.getByTestId('message-contact-notes').textContent();
      expect(notes).toContain('Perhatikan sebelum menghubungi');
      expect(notes).toContain('Jangan singgung usaha lamanya yang tutup');
      const text = await body.inputValue();
      expect(text).toMatch(/^Selamat (pagi|siang|sore|malam), Bapak Andi Wijaya\.\n\nSelamat atas /);
      expect(text).toContain('Siti Rahmah\nLKP Tas Rajut Banjarbaru');
      await shot(page, 'messages-compose-greeting', false);

      await modal.getByTestId('message-prepare').click();
      const link = modal.getByTestId('message-whatsapp-link');
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(
        `https://wa.me/6281234567890?text=${encodeURIComponent(text)}`,
      );
      expect(await link.getAttribute('target')).toBe('_blank');
      // The link opens WhatsApp in a new tab; the test machine is offline, so that tab is closed unread.
      const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
      await popup.close();
      await modal.getByTestId('message-ask-sent').waitFor();
      expect(await modal.getByTestId('message-ask-sent').textContent()).toContain(
        'Apakah pesan sudah terkirim?',
      );
      await shot(page, 'messages-ask-sent', false);
      await modal.getByTestId('message-sent-yes').click();
      await page.getByText('Pesan dicatat terkirim dan masuk ke catatan kontak mitra.').waitFor();

      const item = page.getByTestId('interaction-item').filter({ hasText: 'Ucapan lewat WhatsApp' });
      await item.waitFor();
      expect(await item.count()).toBe(1);
      await item.scrollIntoViewIfNeeded();
      await shot(page, 'messages-interaction-logged');

      const interactions = await server.deps.db
        .selectFrom('interactions')
        .select(['kind', 'finding_other_notes'])
        .where('kind', '=', 'whatsapp')
        .execute();
      expect(interactions).toEqual([{ kind: 'whatsapp', finding_other_notes: text }]);
      const messages = await server.deps.db
        .selectFrom('outgoing_messages')
        .select(['status', 'contact_id'])
        .execute();
      expect(messages).toEqual([{ status: 'sent', contact_id: contactId }]);
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('withdraws a contact’s consent from the contact card, after which greetings are refused', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      const card = page.locator(`[data-contact-id="${contactId}"]`);
      await card.getByText('Bapak Andi Wijaya', { exact: true }).waitFor();
      await card.getByTestId('contact-withdraw-consent').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Tarik persetujuan' }).click();
      await card.getByTestId('contact-consent-withdrawn').waitFor();

      await page.getByTestId('partner-send-message').click();
      const modal = page.getByTestId('message-compose-form');
      await modal.getByTestId('message-purpose').selectOption('greeting');
      await modal.getByTestId('message-blocked').waitFor();
      expect(await modal.getByTestId('message-blocked').textContent()).toContain('menarik persetujuannya');
      expect(await modal.getByTestId('message-prepare').isDisabled()).toBe(true);
      await shot(page, 'messages-consent-withdrawn', false);
      await page.close();
    });

    it('shows the template settings with a live preview that flags an unknown placeholder', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/pengaturan/templat-pesan`);
      const idulfitri = page.locator('[data-template-id="default:greeting:idulfitri"]');
      await idulfitri.getByTestId('template-edit').click();
      const form = page.getByTestId('template-form');
      await form.getByTestId('template-body').fill('{sapaan}, Selamat Idulfitri {tahun} dari {lembga}.');
      await form.getByTestId('template-unknown').waitFor();
      expect(await form.getByTestId('template-preview').textContent()).toContain(
        'Bapak Andi, Selamat Idulfitri 1447 H',
      );
      await form.getByTestId('template-save').click();
      await form.getByTestId('error-alert').waitFor();
      expect(await form.getByTestId('error-alert').textContent()).toContain('{lembga}');
      await shot(page, 'messages-template-unknown-placeholder', false);
      expect(await server.deps.db.selectFrom('message_templates').selectAll().execute()).toEqual([]);
      await page.close();
    });
  });
});
