import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const reason = 'MoU ditandatangani Maret 2025, kelas menjahit sudah berjalan';

describe.skipIf(!hasChromium)(
  "browser: the institution's own pattern and a partnership already running",
  () => {
    describeEachDatabase('partnership patterns', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        await createPartnerVia(api, { name: 'Konveksi Berkah Banjarbaru', sector: 'Konveksi pakaian' });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string) => {
        if (dialect === 'sqlite') await saveScreenshot(page, name);
      };

      it('adds a pattern in settings, enters a partnership at implementation with it, and refuses its delete', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);

        // Settings, on a phone: the guide's four, then the empty state that says what to do.
        await page.goto(`${server.baseUrl}/pengaturan/pola-kemitraan`);
        await expect.poll(() => page.getByTestId('built-in-pattern').count()).toBe(4);
        expect(await page.getByTestId('built-in-patterns').textContent()).toContain(
          'Kerja Sama Operasional (KSO)',
        );
        await expect
          .poll(() => page.getByTestId('patterns-empty').textContent())
          .toContain('Magang bersertifikat');
        await shot(page, 'patterns-empty-phone');
        await page.getByTestId('pattern-add').click();
        await page.getByTestId('pattern-name').fill('Magang Bersertifikat');
        await page
          .getByTestId('pattern-description')
          .fill('Mitra menerima peserta magang dan menerbitkan sertifikat.');
        await shot(page, 'pattern-add-phone');
        await page.getByTestId('pattern-save').click();
        const row = page.getByTestId('pattern-row');
        await expect.poll(() => row.getAttribute('data-code')).toBe('custom:magang-bersertifikat');
        expect(await row.textContent()).toContain('0 kemitraan');
        // A guide pattern's name is refused with the catalog text, next to the field.
        await page.getByTestId('pattern-add').click();
        await page.getByTestId('pattern-name').fill('Keagenan');
        await page.getByTestId('pattern-save').click();
        await expect
          .poll(() => page.getByTestId('pattern-form').textContent())
          .toContain('Pola kemitraan dengan nama ini sudah ada.');
        await page.keyboard.press('Escape');
        await shot(page, 'patterns-list-phone');

        // The board's create form, with the pattern and the "already running" switch.
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${server.baseUrl}/kemitraan`);
        await page.getByTestId('partnership-add').click();
        await page.getByTestId('partnership-name').fill('PKW Menjahit Busana 2026');
        await page.getByTestId('partnership-partners').fill('Konveksi');
        await page.getByRole('option', { name: 'Konveksi Berkah Banjarbaru' }).click();
        await page.getByTestId('partnership-pattern').click();
        await page.getByRole('option', { name: 'Magang Bersertifikat' }).click();
        await page.getByTestId('partnership-entered').check();
        await page.getByTestId('partnership-entered-stage').click();
        await page.getByRole('option', { name: 'Pelaksanaan Kegiatan' }).click();
        await page.getByTestId('partnership-entered-reason').fill('singkat');
        await page.getByTestId('partnership-save').click();
        await expect
          .poll(() => page.getByTestId('partnership-form').textContent())
          .toContain('Tulis alasannya, minimal 10 huruf.');
        await page.getByTestId('partnership-entered-reason').fill(reason);
        await shot(page, 'partnership-create-entered');
        await page.getByTestId('partnership-save').click();
        await page.waitForURL(/\/kemitraan\/[0-9a-f-]{36}$/);
        const partnershipId = page.url().split('/').pop() ?? '';
        await expect.poll(() => page.getByTestId('current-stage').textContent()).toBe('Pelaksanaan Kegiatan');
        expect(await page.getByTestId('partnership-details').textContent()).toContain('Magang Bersertifikat');
        await expect
          .poll(() => page.getByTestId('stage-event').first().textContent())
          .toContain(`Dicatat mulai tahap Pelaksanaan Kegiatan, karena ${reason}`);
        await shot(page, 'partnership-entered-page');

        const stored = await server.deps.db
          .selectFrom('partnership_stage_events')
          .select(['from_stage', 'to_stage', 'reason', 'entered'])
          .where('partnership_id', '=', partnershipId)
          .execute();
        expect(stored).toEqual([{ from_stage: null, to_stage: 'implementation', reason, entered: 1 }]);

        // On the board, in the implementation column; the pattern filter lists the own pattern.
        await page.goto(`${server.baseUrl}/kemitraan`);
        const column = page.getByTestId('stage-column-implementation');
        const card = column.getByTestId('partnership-card');
        await expect.poll(() => card.textContent()).toContain('PKW Menjahit Busana 2026');
        expect(await card.textContent()).toContain('Magang Bersertifikat');
        await page.getByTestId('filter-pattern').click();
        await page.getByRole('option', { name: 'Magang Bersertifikat' }).click();
        await page.waitForURL(/pattern=custom/);
        await expect.poll(() => page.getByTestId('partnership-card').count()).toBe(1);
        await shot(page, 'partnership-board-entered');

        // Deleting the pattern while the partnership follows it: the dialog explains, nothing goes.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${server.baseUrl}/pengaturan/pola-kemitraan`);
        await expect.poll(() => row.textContent()).toContain('1 kemitraan');
        await row.getByTestId('pattern-delete').click();
        const dialog = page.getByTestId('pattern-delete-dialog');
        await expect.poll(() => dialog.textContent()).toContain('masih dipakai 1 kemitraan');
        expect(await dialog.getByTestId('pattern-delete-confirm').count()).toBe(0);
        await shot(page, 'pattern-delete-refused-phone');
        const patterns = await server.deps.db.selectFrom('partnership_patterns').select('code').execute();
        expect(patterns.map((pattern) => pattern.code)).toEqual(['custom:magang-bersertifikat']);
        expect(pageErrors).toEqual([]);
        await page.close();
      });
    });
  },
);
