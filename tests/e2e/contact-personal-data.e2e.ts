import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contactPersonalDataSchema } from '../../src/shared/contracts/contact-personal-data';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)(
  'browser: a contact person asks for their data, then for erasure (UU PDP)',
  () => {
    describeEachDatabase('contact personal data', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;
      let facilitatorEmail: string;
      let partnerId: string;
      let contactId: string;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager')).email;
        facilitatorEmail = (await createUserFixture(server, institutionId, 'facilitator')).email;
        const api = await logInAs(server, managerEmail);
        partnerId = (await createPartnerVia(api, { name: 'Bengkel Las Sinar Jaya' })).id;
        contactId = (
          await createContactVia(api, partnerId, {
            name: 'Hendra Gunawan',
            phone: '0812-7788-9900',
            email: 'hendra@sinarjaya.id',
          })
        ).id;
        await createContactVia(api, partnerId, { name: 'Yuli Astuti', phone: '0813-1122-3344' });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });

      it('the manager downloads everything held about the person, then erases it after a warning', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
        const card = page.locator(`[data-testid="contact-row"][data-contact-id="${contactId}"]`);
        await card.getByTestId('contact-personal-data').click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('contact-personal-data-json').click(),
        ]);
        const data = contactPersonalDataSchema.parse(
          JSON.parse(fs.readFileSync(await download.path(), 'utf8')),
        );
        expect(data.contact).toMatchObject({
          id: contactId,
          name: 'Hendra Gunawan',
          email: 'hendra@sinarjaya.id',
        });
        expect(data.processingHistory.map((event) => event.action)).toContain('contact.created');

        await card.getByTestId('contact-personal-data').click();
        await page.getByTestId('contact-erase').click();
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.textContent()).toContain('Hapus seluruh data pribadi Hendra Gunawan?');
        expect(await dialog.textContent()).toContain('tidak bisa dibatalkan');
        if (dialect === 'sqlite') await saveScreenshot(page, 'contact-erase-confirm');
        await dialog.getByRole('button', { name: 'Hapus permanen' }).click();
        await expect.poll(() => card.count()).toBe(0);
        await expect.poll(() => page.getByText('Data pribadi Hendra Gunawan sudah dihapus.').count()).toBe(1);
        expect(await page.getByTestId('contact-row').count()).toBe(1);
        expect(await page.getByTestId('contact-row').textContent()).toContain('Yuli Astuti');
        await page.close();
      });

      it('a facilitator does not see the personal-data actions', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
        await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
        await page.getByTestId('contact-row').first().waitFor();
        expect(await page.getByTestId('contact-personal-data').count()).toBe(0);
        await page.close();
      });
    });
  },
);
