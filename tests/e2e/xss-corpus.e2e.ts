import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

/** Markup that would run or inject if any page rendered user text as HTML. */
const corpus = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4//\' <a href="javascript:window.__xss=5">klik</a>',
];

describe.skipIf(!hasChromium)('browser: user text with markup shows as text (promise 12)', () => {
  describeEachDatabase('xss corpus', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    const partnerIds: string[] = [];

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager')).email;
      const api = await logInAs(server, managerEmail);
      for (const [index, text] of corpus.entries()) {
        const partner = await createPartnerVia(api, { name: `Mitra ${index} ${text}`, description: text });
        await createContactVia(api, partner.id, { name: `Kontak ${text}`.slice(0, 120), preferences: text });
        partnerIds.push(partner.id);
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('the partner list and each partner page show the markup literally and run none of it', async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra`);
      await expect.poll(() => page.getByTestId('partner-row').count()).toBe(corpus.length);
      const listText = (await page.locator('main').textContent()) ?? '';
      for (const text of corpus) expect(listText).toContain(text);
      for (const id of partnerIds) {
        await page.goto(`${server.baseUrl}/mitra/${id}`);
        await page.getByTestId('contact-row').waitFor();
        const pageText = (await page.locator('main').textContent()) ?? '';
        expect(corpus.some((text) => pageText.includes(text))).toBe(true);
        expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
      }
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });
});
