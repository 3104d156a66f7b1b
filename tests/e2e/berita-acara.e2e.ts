import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Agreement } from '../../src/shared/contracts/agreements';
import { ksoDraftVia, partnerSignatory, requestSignaturesVia } from '../factories/agreements';
import { extractPdfText, flattenText } from '../factories/pdf-text';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)('browser: a manager prints the berita acara of an agreement', () => {
  describeEachDatabase('berita acara', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let viewerEmail: string;
    let agreement: Agreement;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server, { name: 'LKP Tas Rajut Banjarbaru' });
      managerEmail = (await createUserFixture(server, institutionId, 'manager')).email;
      viewerEmail = (await createUserFixture(server, institutionId, 'viewer')).email;
      const api = await logInAs(server, managerEmail);
      // Numbered: the berita acara names the agreement by its subject and number.
      agreement = await requestSignaturesVia(api, await ksoDraftVia(api));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('downloads "kesepakatan tercapai" as a PDF naming the agreement and its parties', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kesepakatan/${agreement.id}`);
      await page.getByTestId('berita-acara-open').click();
      const form = page.getByTestId('berita-acara-form');
      await form.waitFor();
      // Sensible defaults: agreement reached, today, the agreement's own place, PDF.
      expect(await form.getByTestId('berita-acara-kind').inputValue()).toBe('Kesepakatan tercapai');
      expect(await form.getByTestId('berita-acara-place').inputValue()).toBe(agreement.place);
      expect(await form.getByTestId('berita-acara-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await form.getByTestId('berita-acara-date').fill('2026-04-02');
      await form
        .getByTestId('berita-acara-points')
        .fill('Para pihak menyepakati jadwal pelatihan.\nLKP menyediakan ruang praktik.');
      if (dialect === 'sqlite') await saveScreenshot(page, 'berita-acara-modal', false);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        form.getByTestId('berita-acara-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = flattenText((await extractPdfText(bytes)).pages.join('\n'));
      expect(text).toContain('BERITA ACARA KESEPAKATAN');
      expect(agreement.numbers.institution).not.toBeNull();
      expect(text).toContain(agreement.numbers.institution ?? '');
      expect(text).toContain(agreement.subject.toLocaleLowerCase('id'));
      expect(text).toContain('LKP Tas Rajut Banjarbaru');
      expect(text).toContain(agreement.partnerName);
      expect(text).toContain(partnerSignatory.name);
      expect(text).toContain('LKP menyediakan ruang praktik.');
      await expect.poll(() => form.count()).toBe(0);

      // The record of it is in the audit log.
      const audit = await server.deps.db
        .selectFrom('audit_events')
        .select(['action'])
        .where('entity_id', '=', agreement.id)
        .where('action', '=', 'agreement.berita_acara_rendered')
        .execute();
      expect(audit).toHaveLength(1);
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('is not offered to a role that may only read agreements', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, server.baseUrl, viewerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kesepakatan/${agreement.id}`);
      await page.getByTestId('agreement-facts').waitFor();
      expect(await page.getByTestId('berita-acara-open').count()).toBe(0);
      await page.close();
    });
  });
});
