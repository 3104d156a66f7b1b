import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createPartnerVia } from '../factories/partners';
import { extractPdfText } from '../factories/pdf-text';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const pdfjsDir = path.resolve('node_modules/pdfjs-dist/legacy/build');

/**
 * The PDF's first page as a PNG, drawn by pdf.js in Chromium (no canvas package or poppler on
 * these machines): the files are served from a made-up origin through request interception.
 */
async function firstPagePng(browser: Browser, pdf: Buffer, name: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1414 } });
  const files: Record<string, { body: Buffer | string; contentType: string }> = {
    '/pdf.mjs': { body: fs.readFileSync(path.join(pdfjsDir, 'pdf.min.mjs')), contentType: 'text/javascript' },
    '/pdf.worker.mjs': {
      body: fs.readFileSync(path.join(pdfjsDir, 'pdf.worker.min.mjs')),
      contentType: 'text/javascript',
    },
    '/report.pdf': { body: pdf, contentType: 'application/pdf' },
    '/': {
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0"><canvas id="c"></canvas><script type="module">
        import * as pdfjs from '/pdf.mjs';
        pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
        const doc = await pdfjs.getDocument('/report.pdf').promise;
        const first = await doc.getPage(1);
        const viewport = first.getViewport({ scale: 1000 / first.getViewport({ scale: 1 }).width });
        const canvas = document.getElementById('c');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        await first.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
        document.body.dataset.done = 'yes';
      </script></body>`,
    },
  };
  await page.route('http://pdf.test/**', (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ status: 200, body: file.body, contentType: file.contentType })
      : route.fulfill({ status: 404 });
  });
  await page.goto('http://pdf.test/');
  await page.waitForSelector('body[data-done="yes"]', { timeout: 30_000 });
  await saveScreenshot(page, name, false);
  await page.close();
}

describe.skipIf(!hasChromium)('browser: the annual partnership report from /laporan', () => {
  describeEachDatabase('annual report', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server, { name: 'LKP Tas Rajut Banjarbaru' });
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      await createPartnerVia(api, { category: 'business' });
      await createPartnerVia(api, { category: 'cooperative' });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('a manager makes this year’s PDF, sees it progress, then downloads it', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/laporan`);
      await page.getByTestId('annual-report-card').waitFor();
      const year = String(new Date().getFullYear());
      expect(await page.getByTestId('annual-report-year').inputValue()).toBe(year);
      expect(await page.getByTestId('other-reports').textContent()).toContain('Dasbor kemitraan');
      if (dialect === 'sqlite') await saveScreenshot(page, 'annual-report-page');

      await page.getByTestId('annual-report-make-pdf').click();
      // The job's state is on screen before its file: queued or running, then the link.
      const progress = page.getByTestId('annual-report-progress');
      await progress.waitFor();
      expect(await progress.textContent()).toMatch(/Menunggu giliran|Menyusun laporan/);
      const download = page.getByTestId('annual-report-download');
      await download.waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('annual-report-progress').count()).toBe(0);
      if (dialect === 'sqlite') await saveScreenshot(page, 'annual-report-ready');
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        download.click(),
      ]);
      expect(file.suggestedFilename()).toBe(`laporan-kemitraan-${year}-lkp-tas-rajut-banjarbaru.pdf`);
      const bytes = fs.readFileSync(await file.path());
      const text = (await extractPdfText(bytes)).pages.join('\n');
      if (dialect === 'sqlite') await firstPagePng(browser, bytes, 'annual-report-pdf-page-1');
      expect(text).toContain('LKP Tas Rajut Banjarbaru');
      expect(text).toContain(`TAHUN ${year}`);
      expect(text).toMatch(/^Jumlah mitra 2$/m);
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('shows the coded error for a year before the institution existed', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/laporan`);
      await page.getByTestId('annual-report-year').click();
      await page.getByRole('option', { name: String(new Date().getFullYear() - 2) }).click();
      await page.getByTestId('annual-report-make-docx').click();
      const alert = page.getByTestId('error-alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Laporan tahun itu tidak dapat dibuat');
      await page.close();
    });
  });
});
