import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createInstitutionFixture, createUserFixture, standardPassword } from '../factories/people';
import { csv, excelJsXlsx, readXlsxRows, type Cell } from '../factories/spreadsheets';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

/** "Golongan" is a header the import does not know: the user maps it to the category by hand. */
const header: Cell[] = [
  'No',
  'Nama Mitra',
  'Golongan',
  'Bidang Usaha',
  'Kab/Kota',
  'Kecamatan',
  'Nama Pemilik',
  'No. HP/WA',
  'Email',
  'NIB',
];

// 15 kinds × 13 names = 195 partners, no name inside another (the import's look-alike test).
const kinds: { prefix: string; golongan: string; sector: string }[] = [
  { prefix: 'Konveksi', golongan: 'DUDI', sector: 'Jahit pakaian seragam' },
  { prefix: 'Laundry', golongan: 'DUDI', sector: 'Jasa cuci dan setrika' },
  { prefix: 'Katering', golongan: 'DUDI', sector: 'Jasa boga' },
  { prefix: 'Sasirangan', golongan: 'Kelompok masyarakat maju', sector: 'Kain sasirangan' },
  { prefix: 'Warung Soto', golongan: 'DUDI', sector: 'Kuliner soto Banjar' },
  { prefix: 'Bengkel Las', golongan: 'DUDI', sector: 'Las dan teralis' },
  { prefix: 'Salon Muslimah', golongan: 'DUDI', sector: 'Tata rias dan kecantikan' },
  { prefix: 'Toko Kue', golongan: 'DUDI', sector: 'Kue tradisional Banjar' },
  { prefix: 'Percetakan', golongan: 'DUDI', sector: 'Sablon dan cetak digital' },
  { prefix: 'Kerajinan Purun', golongan: 'Kelompok masyarakat maju', sector: 'Anyaman purun' },
  { prefix: 'Kelompok Tani', golongan: 'Kelompok masyarakat maju', sector: 'Hortikultura' },
  { prefix: 'Koperasi Wanita', golongan: 'Koperasi', sector: 'Simpan pinjam' },
  { prefix: 'Studio Foto', golongan: 'DUDI', sector: 'Fotografi dan video' },
  { prefix: 'Rumah Makan', golongan: 'DUDI', sector: 'Masakan Banjar' },
  { prefix: 'Servis Ponsel', golongan: 'DUDI', sector: 'Perbaikan telepon genggam' },
];
const names = [
  'Amanah',
  'Barokah',
  'Cahaya Intan',
  'Delima',
  'Galuh',
  'Harapan Baru',
  'Intan Permata',
  'Mandiri',
  'Murakata',
  'Pelangi',
  'Sejahtera',
  'Tanjung',
  'Wadai',
];
const regions: { regency: string; districts: string[] }[] = [
  {
    regency: 'Kota Banjarbaru',
    districts: ['Landasan Ulin', 'Cempaka', 'Banjarbaru Utara', 'Liang Anggang'],
  },
  { regency: 'Banjarmasin', districts: ['Banjarmasin Utara', 'Banjarmasin Tengah', 'Banjarmasin Selatan'] },
  { regency: 'Kab. Banjar', districts: ['Martapura', 'Gambut', 'Kertak Hanyar'] },
];
const owners = ['Hj. Rusmini', 'Rahmadi', 'Siti Nurhaliza', 'Fauzan', 'Noor Aida', 'M. Iqbal', 'Rina Wati'];

/** Data rows (spreadsheet row = index + 2) that are wrong on purpose, with what the screen must say. */
const badRows = new Map<number, { patch: Partial<Record<string, Cell>>; explanation: string }>([
  [17, { patch: { NIB: '912000123456' }, explanation: 'NIB "912000123456" harus 13 angka.' }],
  [
    58,
    {
      patch: { 'Kab/Kota': 'Kabupaten Antah Berantah', Kecamatan: null },
      explanation: 'Wilayah "Kabupaten Antah Berantah" tidak ditemukan di data Kemendagri. Periksa ejaannya.',
    },
  ],
  [103, { patch: { 'No. HP/WA': 'abc' }, explanation: 'Nomor telepon "abc" tidak valid.' }],
  [
    144,
    {
      patch: { Email: 'rina.banjarbaru.gmail.com' },
      explanation: 'Email "rina.banjarbaru.gmail.com" tidak valid.',
    },
  ],
  [191, { patch: { 'Nama Mitra': null }, explanation: 'Nama mitra kosong.' }],
]);

function partnerFile(): { rows: Cell[][]; named: string[] } {
  const rows: Cell[][] = [header];
  const named: string[] = [];
  let good = 0;
  for (let index = 0; index < 200; index += 1) {
    const bad = badRows.get(index);
    const slot = bad ? index : good++;
    const kind = kinds[slot % kinds.length]!;
    const region = regions[slot % regions.length]!;
    const name = bad
      ? `${kind.prefix} Uji Baris ${index + 2}`
      : `${kind.prefix} ${names[Math.floor(slot / kinds.length)]!}`;
    const values: Record<string, Cell> = {
      No: index + 1,
      'Nama Mitra': name,
      Golongan: kind.golongan,
      'Bidang Usaha': kind.sector,
      'Kab/Kota': region.regency,
      Kecamatan: region.districts[slot % region.districts.length]!,
      'Nama Pemilik': owners[slot % owners.length]!,
      'No. HP/WA': `0812-53${String(index).padStart(2, '0').slice(-2)}-${String(1000 + index).slice(-4)}`,
      Email: index % 4 === 0 ? `mitra${index + 1}@contoh.id` : null,
      NIB: index % 5 === 0 ? `9120${String(100000000 + index).slice(-9)}` : null,
      ...bad?.patch,
    };
    if (!bad) named.push(name);
    rows.push(header.map((column) => values[String(column)] ?? null));
  }
  return { rows, named };
}

async function rowText(page: Page, row: number): Promise<string> {
  return (await page.locator(`[data-testid="import-problem"][data-row="${row}"]`).textContent()) ?? '';
}

describe.skipIf(!hasChromium)('browser: a facilitator imports partners from a spreadsheet', () => {
  describeEachDatabase('partner import screen', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let facilitatorEmail: string;
    let institutionId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      institutionId = (await createInstitutionFixture(server)).institutionId;
      facilitatorEmail = (
        await createUserFixture(server, institutionId, 'facilitator', { name: 'Ahmad Fauzi' })
      ).email;
    });
    // The screens are the same on both databases: one set of screenshots is enough.
    const shot = async (page: Page, name: string) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name);
    };
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('imports a 200-row file with its own headers; the 5 bad rows are explained and in the report', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra`);
      await page.getByTestId('partner-import').first().click();
      await page.waitForURL(/\/mitra\/impor$/);
      await page.getByTestId('import-file-step').waitFor();

      // The template: Indonesian headers the import recognises, parsed back.
      const [templateDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('import-template').click(),
      ]);
      const template = await readXlsxRows(fs.readFileSync(await templateDownload.path()));
      expect(template[0]).toEqual(
        expect.arrayContaining(['Nama Mitra', 'Kategori', 'Kab/Kota', 'No. HP/WA']),
      );
      await shot(page, 'partner-import-file');

      const { rows, named } = partnerFile();
      expect(named).toHaveLength(195);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'Data Mitra Binaan Kalsel 2026.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await excelJsXlsx(rows, [7, 9]),
      });
      const mapping = page.getByTestId('import-mapping-step');
      await mapping.waitFor();
      expect(await page.getByTestId('import-file-summary').textContent()).toContain('10 kolom');
      const column = (name: string) => page.locator(`[data-testid="import-column"][data-header="${name}"]`);
      const guessed: Record<string, string> = {
        No: '',
        'Nama Mitra': 'name',
        Golongan: '',
        'Bidang Usaha': 'sector',
        'Kab/Kota': 'regency',
        Kecamatan: 'district',
        'Nama Pemilik': 'contactName',
        'No. HP/WA': 'contactPhone',
        Email: 'contactEmail',
        NIB: 'nib',
      };
      for (const [name, field] of Object.entries(guessed)) {
        expect(await column(name).getAttribute('data-field'), name).toBe(field);
      }
      expect(await column('Golongan').textContent()).toContain('Judul belum dikenali');
      expect(await column('Golongan').textContent()).toContain('DUDI');

      // Without a name column the import cannot start, and the screen says why.
      const start = page.getByTestId('import-start');
      await column('Nama Mitra').locator('select').selectOption('');
      expect(await page.getByTestId('import-missing').textContent()).toContain(
        'Pilih kolom yang berisi nama mitra.',
      );
      expect(await start.isDisabled()).toBe(true);
      await column('Nama Mitra').locator('select').selectOption('name');
      await column('Golongan').locator('select').selectOption('category');
      await expect.poll(() => page.getByTestId('import-missing').count()).toBe(0);
      expect(await column('Golongan').getAttribute('data-field')).toBe('category');
      expect(await page.getByTestId('import-mode-skip_duplicates').isChecked()).toBe(true);
      await shot(page, 'partner-import-mapping');

      await start.click();
      await page.waitForURL(/\/mitra\/impor\?job=[0-9a-f-]{36}$/);
      const result = page.getByTestId('import-result');
      await result.waitFor({ timeout: 60_000 });
      const count = (status: string) => page.getByTestId(`import-count-${status}`).getAttribute('data-count');
      expect(await count('created')).toBe('195');
      expect(await count('rejected')).toBe('5');
      expect(await count('duplicate')).toBe('0');
      expect(await page.getByTestId('import-count-created').textContent()).toContain('Dibuat');
      expect(await page.getByTestId('import-total').textContent()).toBe('200 baris diperiksa.');
      await expect.poll(() => page.getByTestId('import-problem').count()).toBe(5);
      for (const [index, { explanation }] of badRows) {
        const text = await rowText(page, index + 2);
        expect(text, `row ${index + 2}`).toContain('Ditolak');
        expect(text, `row ${index + 2}`).toContain(explanation);
      }
      expect(await rowText(page, 193)).toContain('(tanpa nama)');
      await shot(page, 'partner-import-result');

      // The full report: every row, the five rejected ones with their reasons in Indonesian.
      const [reportDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('import-report').click(),
      ]);
      expect(reportDownload.suggestedFilename()).toBe('laporan-impor-mitra.xlsx');
      const report = await readXlsxRows(fs.readFileSync(await reportDownload.path()));
      expect(report[0]).toEqual(['Baris', 'Nama Mitra', 'Hasil', 'Keterangan', 'Tautan mitra']);
      expect(report).toHaveLength(201);
      const rejected = report.filter((row) => row[2] === 'Ditolak');
      expect(rejected.map((row) => row[0])).toEqual([...badRows.keys()].map((index) => index + 2));
      for (const row of rejected) {
        expect(String(row[3])).toContain(badRows.get(Number(row[0]) - 2)!.explanation);
      }
      expect(report.filter((row) => row[2] === 'Dibuat')).toHaveLength(195);

      // A reload keeps the job in view (its id is in the URL).
      await page.reload();
      await page.getByTestId('import-result').waitFor();
      expect(await count('created')).toBe('195');

      // The hand-mapped column reached the partners: a name that says nothing got its category from it.
      const sasirangan = await server.deps.db
        .selectFrom('partners')
        .select(['category', 'regency_code', 'sector'])
        .where('institution_id', '=', institutionId)
        .where('name', '=', 'Sasirangan Murakata')
        .executeTakeFirstOrThrow();
      expect(sasirangan.category).toBe('community_group');
      expect(sasirangan.sector).toBe('Kain sasirangan');

      await page.getByTestId('import-to-list').click();
      await page.waitForURL(/\/mitra$/);
      await page.getByTestId('partner-search').fill('Sasirangan Murakata');
      await expect.poll(() => page.getByTestId('partner-row').count()).toBe(1);
      expect(await page.getByTestId('partner-row').first().textContent()).toContain('Sasirangan Murakata');
      expect(await page.getByTestId('partners-total').textContent()).toBe('1 mitra');
      await page.getByTestId('partner-search').fill('Uji Baris');
      await expect.poll(() => page.getByTestId('partner-row').count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('on a phone: refuses a wrong or oversized file at once, then shows a larger CSV import running', async () => {
      const page = await browser.newPage({
        viewport: { width: 360, height: 780 },
        isMobile: true,
        hasTouch: true,
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra/impor`);
      expect(await page.getByTestId('import-step').textContent()).toBe('Langkah 1 dari 4 · Pilih berkas');
      const input = page.locator('input[type="file"]');
      const uploads: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/partners/import')) uploads.push(request.url());
      });

      await input.setInputFiles({
        name: 'mitra lama.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: Buffer.from('x'),
      });
      await expect
        .poll(() => page.getByTestId('import-file-step').textContent())
        .toContain('Pilih berkas berakhiran .xlsx atau .csv.');
      await input.setInputFiles({
        name: 'semua mitra.csv',
        mimeType: 'text/csv',
        buffer: Buffer.alloc(21 * 1024 * 1024, 'a'),
      });
      await expect
        .poll(() => page.getByTestId('import-file-step').textContent())
        .toContain('melebihi batas 20 MB');
      expect(uploads).toEqual([]);
      await shot(page, 'partner-import-too-large-phone');

      const rows: Cell[][] = [['Nama Mitra', 'Kategori', 'Kab/Kota', 'No. HP/WA']];
      for (let index = 0; index < 3000; index += 1) {
        rows.push([
          `Mitra Binaan ${String(index).padStart(4, '0')}`,
          'DUDI',
          index % 2 === 0 ? 'Kota Banjarbaru' : 'Kab. Banjar',
          `0813${String(10_000_000 + index).slice(-8)}`,
        ]);
      }
      await input.setInputFiles({ name: 'mitra-binaan.csv', mimeType: 'text/csv', buffer: csv(rows, ';') });
      await page.getByTestId('import-mapping-step').waitFor();
      expect(await page.getByTestId('import-step').textContent()).toBe('Langkah 2 dari 4 · Cocokkan kolom');
      await shot(page, 'partner-import-mapping-phone');
      await page.getByTestId('import-start').tap();
      await page.waitForURL(/job=/);
      const seen = new Set<string>();
      await expect
        .poll(
          async () => {
            if (await page.getByTestId('import-progress').isVisible()) {
              if (!seen.has('progress')) await shot(page, 'partner-import-progress-phone');
              seen.add('progress');
            }
            return page.getByTestId('import-result').isVisible();
          },
          { timeout: 90_000, interval: 100 },
        )
        .toBe(true);
      expect(await page.getByTestId('import-count-created').getAttribute('data-count')).toBe('3000');
      expect(await page.getByTestId('import-no-problems').textContent()).toBe(
        'Semua baris masuk tanpa catatan.',
      );
      expect(await page.getByTestId('import-step').textContent()).toBe('Langkah 4 dari 4 · Hasil');
      // 3,000 rows take seconds here, long enough to see the bar at a 100 ms look.
      expect(seen.has('progress')).toBe(true);
      await shot(page, 'partner-import-result-phone');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await page.getByTestId('import-another').tap();
      await page.getByTestId('import-file-step').waitFor();
      expect(new URL(page.url()).search).toBe('');

      // Someone else's (or a mistyped) job id: said plainly, with the ways on.
      await page.goto(`${server.baseUrl}/mitra/impor?job=01900000-0000-7000-8000-000000000000`);
      const missing = page.getByTestId('error-alert');
      await missing.waitFor();
      expect(await missing.textContent()).toContain('Impor ini tidak ditemukan.');
      expect(await missing.getByTestId('import-another').count()).toBe(1);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
