import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreementVia } from '../factories/agreements';
import { createPartnershipVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

async function downloadFrom(page: Page, format: 'xlsx' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  // Whether the file comes at all, not how fast: a loaded CI runner once took over 30 s (the first
  // export also loads the spreadsheet library on the server).
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.getByTestId(`export-menu-${format}`).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

async function xlsxColumn(bytes: Buffer, column: number): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const values: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row) => values.push(row.getCell(column).value));
  return values;
}

describe.skipIf(!hasChromium)('browser: list exports', () => {
  describeEachDatabase('the Unduh menu downloads the filtered list', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager')).email;
      const api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Butik Sasirangan Intan' });
      const mapped = await createPartnershipVia(api, [partner.id], { name: 'Magang Menjahit Ekspor' });
      await createPartnershipVia(api, [partner.id], {
        name: 'Kelas Tata Boga Berjalan',
        enteredAt: { stage: 'implementation', reason: 'Kemitraan sudah berjalan sejak tahun lalu.' },
      });
      await createAgreementVia(api, {
        partnershipId: mapped.id,
        partnerId: partner.id,
        subject: 'Magang peserta kursus menjahit',
      });
      // Another institution's rows stay out of every file.
      const other = await createInstitutionFixture(server, { regionCode: '63.71' });
      const otherApi = await logInAs(server, other.adminEmail);
      const otherPartner = await createPartnerVia(otherApi, { name: 'Mitra Lembaga Lain' });
      await createPartnershipVia(otherApi, [otherPartner.id], { name: 'Kemitraan Lembaga Lain' });
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('downloads the agreements as XLSX and the filtered partnerships as CSV', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);

      await page.goto(`${server.baseUrl}/kesepakatan`);
      await page.getByTestId('export-menu').waitFor();
      const agreements = await downloadFrom(page, 'xlsx');
      expect(agreements.name).toMatch(/^kesepakatan-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const subjects = await xlsxColumn(agreements.bytes, 4);
      expect(subjects).toEqual(['Perihal', 'Magang peserta kursus menjahit']);

      await page.goto(`${server.baseUrl}/kemitraan?stage=implementation`);
      await page.getByTestId('export-menu').click();
      await page.getByTestId('export-menu-csv').waitFor();
      // The dropdown fades in; the picture should show it settled.
      await page.waitForTimeout(300);
      await saveScreenshot(page, 'list-export-menu-desktop', false);
      await page.keyboard.press('Escape');
      const partnerships = await downloadFrom(page, 'csv');
      expect(partnerships.name).toMatch(/^kemitraan-\d{4}-\d{2}-\d{2}\.csv$/);
      const rows: string[][] = parse(partnerships.bytes, { bom: true });
      expect(rows[0]![0]).toBe('Nama Kemitraan');
      expect(rows.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([
        ['Kelas Tata Boga Berjalan', 'Butik Sasirangan Intan', 'Pelaksanaan Kegiatan'],
      ]);
      expect(partnerships.bytes.toString('utf8')).not.toContain('Lembaga Lain');
      await page.close();
    }, 240_000);
  });
});
