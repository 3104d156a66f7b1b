import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { docxPlainText } from '../factories/docx-text';
import { tinyPng } from '../factories/files';
import { insertEvidence, monevWorld, type MonevWorld } from '../factories/monev';
import { extractPdfText, flattenText } from '../factories/pdf-text';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { unzipEntries } from '../factories/unzip';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const programme = 'PKW Tas Rajut Barito';

async function downloadBytes(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

describe.skipIf(!hasChromium)(
  'browser: the evidence pack and the laporan monev downloaded (steps 9–11)',
  () => {
    describeEachDatabase('evidence pack', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;
      let world: MonevWorld;
      let photo: Buffer;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        server.clock.set(new Date('2026-11-28T01:00:00.000Z'));
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        world = await monevWorld(server, api, { programme, partnershipName: 'Tas Rajut Rusmini' });
        await monevWorld(server, api, { programme, partnershipName: 'Tas Rajut Amuntai' });
        photo = Buffer.concat([tinyPng(), Buffer.from('bukti-e2e')]);
        await insertEvidence(server, institutionId, world.activityIds.training, {
          bytes: photo,
          originalName: 'Foto pelatihan hari 1.png',
          mediaType: 'image/png',
        });
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string) => {
        if (dialect === 'sqlite') await saveScreenshot(page, name);
      };

      it('downloads the partnership’s pack and the monev report as files that open', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/kemitraan/${world.partnershipId}`);
        const packButton = page.getByTestId('evidence-pack-download');
        await packButton.waitFor();
        expect(await packButton.textContent()).toContain('Unduh paket bukti (ZIP)');
        await shot(page, 'evidence-pack-partnership-page');

        const pack = await downloadBytes(page, 'evidence-pack-download');
        expect(pack.name).toBe('paket-bukti-tas-rajut-rusmini.zip');
        const entries = await unzipEntries(pack.bytes);
        expect([...entries.keys()][0]).toBe('00-indeks.pdf');
        const evidencePath = 'kegiatan/01-pelatihan-merajut-angkatan-1/Foto-pelatihan-hari-1.png';
        expect(entries.get(evidencePath)?.equals(photo)).toBe(true);
        const index = flattenText((await extractPdfText(entries.get('00-indeks.pdf')!)).pages.join('\n'));
        expect(index).toContain('PAKET BUKTI KEMITRAAN');
        expect(index).toContain('Peserta didik terlatih 18,5');
        expect(index).toContain('Foto-pelatihan-hari-1.png');
        expect(await packButton.getAttribute('aria-busy')).toBe('false');

        await page.getByTestId('evaluation-open').first().click();
        const downloads = page.getByTestId('monev-report-downloads');
        await downloads.waitFor();
        await downloads.scrollIntoViewIfNeeded();
        await shot(page, 'evidence-pack-monev-downloads');
        const pdf = await downloadBytes(page, 'monev-report-pdf');
        expect(pdf.name).toBe('laporan-monev-2026-tas-rajut-rusmini.pdf');
        const text = flattenText((await extractPdfText(pdf.bytes)).pages.join('\n'));
        expect(text).toContain('LAPORAN MONITORING DAN EVALUASI');
        expect(text).toContain('18,5 orang');
        const docx = await downloadBytes(page, 'monev-report-docx');
        expect(docx.name).toBe('laporan-monev-2026-tas-rajut-rusmini.docx');
        expect(await docxPlainText(docx.bytes)).toContain('III. HASIL DAN TEMUAN');
        expect(pageErrors).toEqual([]);
        await page.close();
      });

      it('downloads a programme’s pack from the filtered list, and says why when it cannot', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/kemitraan?view=list&programme=${encodeURIComponent(programme)}`);
        const button = page.getByTestId('programme-evidence-pack-download');
        await button.waitFor();
        await shot(page, 'evidence-pack-programme-list');
        const pack = await downloadBytes(page, 'programme-evidence-pack-download');
        const folders = new Set(
          [...(await unzipEntries(pack.bytes)).keys()].slice(1).map((n) => n.split('/')[0]),
        );
        expect([...folders]).toEqual(['01-tas-rajut-rusmini', '02-tas-rajut-amuntai']);

        // The programme's partnerships moved to another programme meanwhile: the pack is refused, and said so.
        await server.deps.db
          .updateTable('partnerships')
          .set({ programme: 'Lain' })
          .where('programme', '=', programme)
          .execute();
        await button.click();
        const alert = page.getByTestId('error-alert');
        await alert.waitFor();
        expect(await alert.textContent()).toContain('Tidak ada kemitraan dengan program ini.');
        await shot(page, 'evidence-pack-programme-error');
        await page.close();
      });
    });
  },
);
