import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Job } from '../../../../shared/contracts/jobs';
import type { Page } from '../../../../shared/contracts/common';
import type { PartnerSummary } from '../../../../shared/contracts/partners';

type PartnerPage = Page<PartnerSummary>;
import { importAndWait, uploadImport } from '../../../../../tests/factories/imports';
import { multipart } from '../../../../../tests/factories/multipart';
import { createContactVia, createPartnerVia } from '../../../../../tests/factories/partners';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../../tests/factories/people';
import {
  csv,
  excelJsXlsx,
  handMadeXlsx,
  readXlsxRows,
  type Cell,
} from '../../../../../tests/factories/spreadsheets';
import { buildZip } from '../../../../../tests/factories/zip';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../tests/setup/test-app';

const header: Cell[] = [
  'Nama Mitra',
  'Kategori',
  'Kab/Kota',
  'Kecamatan',
  'Narahubung',
  'No. HP/WA',
  'Email',
  'NIB',
  'Kebutuhan',
];

describeEachDatabase('partner import', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let other: Session;

  const partnerCount = async (session: Session) =>
    (await session.request('GET', '/api/v1/partners?limit=200')).json<PartnerPage>().items.length;
  const countRows = async (table: 'jobs' | 'partners') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const storedFiles = () => {
    const root = path.join(t.database.dataDir, 'files');
    return fs.existsSync(root)
      ? fs.readdirSync(root, { recursive: true }).filter((f) => String(f).includes('-')).length
      : 0;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  it('imports a CSV with regions by name, reports bad rows in Indonesian, and the report parses back', async () => {
    const rows: Cell[][] = [
      header,
      [
        'CV Sinar Banjar Motor',
        'DUDI',
        'Kab. Banjar',
        'Martapura',
        'Rahmat',
        '0812-5100-0001',
        'rahmat@sinar.id',
        '9120001234567',
        'Tempat magang, Penyerapan lulusan',
      ],
      [
        'Koperasi Intan Cempaka',
        'Koperasi',
        'Kota Banjarbaru',
        'Cempaka',
        'Ibu Salmah',
        '6281251000002',
        null,
        null,
        null,
      ],
      ['Toko Sasirangan Amanah', null, 'Banjarmasin', null, null, '081251000003', null, null, 'Akses pasar'],
      ['PT NIB Pendek', 'DUDI', 'Kota Banjarbaru', null, null, null, null, '912000123456', null],
      ['Bengkel Antah Berantah', 'DUDI', 'Kabupaten Atlantis', null, null, null, null, null, null],
      ['UD Telepon Salah', 'DUDI', 'Kota Banjarbaru', null, 'Udin', 'abc', null, null, null],
      ['CV Email Salah', 'DUDI', 'Kota Banjarbaru', null, 'Ani', null, 'ani.contoh.id', null, null],
      [null, 'DUDI', 'Kota Banjarbaru', null, null, null, null, null, null],
    ];
    const job = await importAndWait(t, manager, { bytes: csv(rows, ';', true), filename: 'mitra saya.csv' });
    expect(job.status).toBe('succeeded');
    expect(job.progress).toBe(1);
    expect(job.result!.totalRows).toBe(8);
    expect(job.result!.counts).toMatchObject({ created: 3, rejected: 5, duplicate: 0 });
    const byRow = new Map(job.result!.problems.map((p) => [p.row, p]));
    expect(byRow.get(5)!.issues.map((i) => i.code)).toEqual(['NIB_FORMAT']);
    expect(byRow.get(6)!.issues).toEqual([{ code: 'REGION_UNKNOWN', value: 'Kabupaten Atlantis' }]);
    expect(byRow.get(7)!.issues).toEqual([{ code: 'PHONE_INVALID', value: 'abc' }]);
    expect(byRow.get(8)!.issues).toEqual([{ code: 'EMAIL_INVALID', value: 'ani.contoh.id' }]);
    expect(byRow.get(9)!.issues.map((i) => i.code)).toEqual(['NAME_MISSING']);

    const list = await manager.request('GET', '/api/v1/partners?q=5100-0001');
    const [found] = list.json<PartnerPage>().items;
    expect(found?.name).toBe('CV Sinar Banjar Motor');
    expect(found?.regencyCode).toBe('63.03');
    expect(found?.primaryContact).toMatchObject({
      phone: '+6281251000001',
      whatsApp: true,
      email: 'rahmat@sinar.id',
    });
    expect(found?.needs.sort()).toEqual(['graduate_hiring', 'internship_places']);
    const toko = (await manager.request('GET', '/api/v1/partners?q=Sasirangan Amanah')).json<PartnerPage>()
      .items[0]!;
    expect(toko).toMatchObject({ category: 'business', regencyCode: '63.71' });
    expect(toko.primaryContact?.name).toBe('Toko Sasirangan Amanah');

    const report = await manager.request('GET', job.resultFileUrl!);
    expect(report.statusCode).toBe(200);
    const reportRows = await readXlsxRows(report.rawPayload);
    expect(reportRows[0]).toEqual(['Baris', 'Nama Mitra', 'Hasil', 'Keterangan', 'Tautan mitra']);
    expect(reportRows).toHaveLength(9);
    const rejected = reportRows.find((r) => r[0] === 6)!;
    expect(rejected[2]).toBe('Ditolak');
    expect(rejected[3]).toContain('Wilayah "Kabupaten Atlantis" tidak ditemukan');
    expect(reportRows.find((r) => r[0] === 2)![2]).toBe('Dibuat');
    expect(String(reportRows.find((r) => r[0] === 2)![4])).toMatch(/\/mitra\/[0-9a-f-]{36}$/);

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('action', '=', 'partner.imported')
      .execute();
    expect(audit).toEqual([{ action: 'partner.imported', entity_id: job.id }]);
    expect(storedFiles()).toBe(1);
  });

  it('re-running the same file changes nothing', async () => {
    const rows: Cell[][] = [
      header,
      ['CV Ulang Dua Kali', 'DUDI', 'Kota Banjarbaru', null, 'Dedi', '081251009999', null, null, null],
    ];
    const file = { bytes: csv(rows), filename: 'ulang.csv' };
    const first = await importAndWait(t, manager, file);
    expect(first.result!.counts.created).toBe(1);
    const before = await partnerCount(manager);
    for (const mode of ['skip_duplicates', 'update_matches', 'create_all']) {
      const again = await importAndWait(t, manager, file, { mode });
      expect(again.result!.counts, mode).toMatchObject({ created: 0, unchanged: 1 });
      expect(again.result!.problems[0]!.issues[0]).toEqual({
        code: 'ALREADY_IMPORTED',
        value: 'CV Ulang Dua Kali',
      });
    }
    expect(await partnerCount(manager)).toBe(before);
  });

  it('treats a row like an existing partner as the chosen mode says', async () => {
    const existing = await createPartnerVia(manager, { name: 'Salon Cantik Permata', size: 'micro' });
    await createContactVia(manager, existing.id, { phone: '0813-4999-1111', email: null });
    const row = (name: string, size: string) => [
      ['Nama Mitra', 'Kategori', 'Kab/Kota', 'No. HP/WA', 'Skala', 'Label'],
      [name, 'DUDI', 'Kota Banjarbaru', '081349991111', size, 'kecantikan'],
    ];
    const skipped = await importAndWait(t, manager, {
      bytes: csv(row('Salon Permata Baru', 'Kecil')),
      filename: 'a.csv',
    });
    expect(skipped.result!.counts).toMatchObject({ duplicate: 1, created: 0 });
    expect(skipped.result!.problems[0]).toMatchObject({
      status: 'duplicate',
      partnerId: existing.id,
      issues: [{ code: 'POSSIBLE_DUPLICATE', value: 'Salon Cantik Permata' }],
    });

    const updated = await importAndWait(
      t,
      manager,
      { bytes: csv(row('Salon Cantik Permata', 'Kecil')), filename: 'b.csv' },
      { mode: 'update_matches' },
    );
    expect(updated.result!.counts).toMatchObject({ updated: 1, created: 0 });
    const partner = (await manager.request('GET', `/api/v1/partners/${existing.id}`)).json<{
      size: string;
      tags: string[];
      version: number;
      contacts: unknown[];
    }>();
    expect(partner.size).toBe('small');
    expect(partner.tags).toContain('kecantikan');
    expect(partner.tags).toContain('rajut');
    expect(partner.version).toBe(2);
    expect(partner.contacts).toHaveLength(1);

    const created = await importAndWait(
      t,
      manager,
      { bytes: csv(row('Salon Permata Cabang Dua', 'Besar')), filename: 'c.csv' },
      { mode: 'create_all' },
    );
    expect(created.result!.counts).toMatchObject({ created: 1 });
    expect(created.result!.problems[0]!.issues).toEqual([
      { code: 'POSSIBLE_DUPLICATE', value: 'Salon Cantik Permata' },
    ]);
  });

  it("reads a user's own XLSX: its headers, a corrected mapping, phones typed as numbers", async () => {
    const bytes = await excelJsXlsx(
      [
        ['No', 'Nama Lembaga', 'Kontak', 'HP', 'Kab/Kota', 'Bidang Usaha', 'Catatan Internal'],
        [
          1,
          'Kelompok Tani Maju Bersama',
          '0812 5200 0011',
          81252000012,
          'Kab. Banjar',
          'Pertanian',
          'rahasia',
        ],
        [
          2,
          'Dinas Koperasi dan UKM Kota Banjarbaru',
          null,
          '0511-4772001',
          'Kota Banjarbaru',
          'Pemerintahan',
          null,
        ],
      ],
      [],
    );
    const preview = await uploadImport(
      manager,
      { bytes, filename: 'data-dudi.xlsx' },
      {},
      '/api/v1/partners/import/preview',
    );
    expect(preview.statusCode).toBe(200);
    const columns = preview.json<{ columns: { header: string; field: string | null }[] }>().columns;
    expect(Object.fromEntries(columns.map((c) => [c.header, c.field]))).toEqual({
      No: null,
      'Nama Lembaga': 'name',
      Kontak: 'contactName',
      HP: 'contactPhone',
      'Kab/Kota': 'regency',
      'Bidang Usaha': 'sector',
      'Catatan Internal': 'description',
    });
    const job = await importAndWait(
      t,
      manager,
      { bytes, filename: 'data-dudi.xlsx' },
      {
        mapping: { Kontak: null, 'Catatan Internal': null },
      },
    );
    expect(job.result!.counts).toMatchObject({ created: 2, rejected: 0 });
    const tani = (await manager.request('GET', '/api/v1/partners?q=Tani Maju Bersama')).json<PartnerPage>()
      .items[0]!;
    expect(tani).toMatchObject({ category: 'community_group', regencyCode: '63.03', sector: 'Pertanian' });
    expect(tani.primaryContact?.phone).toBe('+6281252000012');
    const dinas = (await manager.request('GET', '/api/v1/partners?q=Dinas Koperasi')).json<PartnerPage>()
      .items[0]!;
    expect(dinas.category).toBe('government');
    expect(dinas.primaryContact).toMatchObject({ phone: '+625114772001', whatsApp: false });
  });

  it('the template downloads, parses back, and imports with every column recognised', async () => {
    const response = await manager.request('GET', '/api/v1/partners/import/template');
    expect(response.statusCode).toBe(200);
    const rows = await readXlsxRows(response.rawPayload);
    expect(rows[0]).toContain('Nama Mitra');
    expect(String(rows[1]![0])).toMatch(/^CONTOH:/);
    const guide = await readXlsxRows(response.rawPayload, 1);
    expect(guide.some((r) => r[0] === 'Kab/Kota' && r[1] === 'Wajib')).toBe(true);
    const preview = await uploadImport(
      manager,
      { bytes: response.rawPayload, filename: 'templat.xlsx' },
      {},
      '/api/v1/partners/import/preview',
    );
    const body = preview.json<{ columns: { field: string | null }[]; missingRequired: string[] }>();
    expect(body.columns.filter((c) => c.field === null)).toEqual([]);
    expect(body.missingRequired).toEqual([]);
    const job = await importAndWait(t, manager, { bytes: response.rawPayload, filename: 'templat.xlsx' });
    expect(job.result!.counts).toMatchObject({ created: 0, rejected: 1 });
    expect(job.result!.problems[0]!.issues.map((i) => i.code)).toEqual(['EXAMPLE_ROW']);
  });

  it('refuses bad files with a coded 4xx and stores nothing', async () => {
    const jobsBefore = await countRows('jobs');
    const partnersBefore = await countRows('partners');
    const filesBefore = storedFiles();
    const refuse = async (bytes: Buffer, filename: string, status: number, code: string, fields = {}) => {
      const response = await uploadImport(manager, { bytes, filename }, fields);
      expect(response.statusCode, `${filename}: ${response.body}`).toBe(status);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
    };
    await refuse(csv([header]), 'judul-saja.csv', 422, 'IMPORT_FILE_EMPTY');
    await refuse(Buffer.alloc(0), 'kosong.csv', 400, 'IMPORT_FILE_MISSING');
    await refuse(Buffer.alloc(30 * 1024 * 1024, 0x41), 'besar.csv', 413, 'PAYLOAD_TOO_LARGE');
    await refuse(
      Buffer.from('<!DOCTYPE html><html><body><table><tr><td>Nama</td></tr></table></body></html>'),
      'mitra.xlsx',
      415,
      'IMPORT_FILE_TYPE',
    );
    const bomb = handMadeXlsx([['Nama Mitra', 'Kab/Kota']], {
      extra: [{ name: 'xl/media/padding.xml', content: Buffer.alloc(200 * 1024 * 1024, 0x20) }],
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refuse(bomb, 'bom.xlsx', 422, 'IMPORT_ZIP_BOMB');
    const lying = handMadeXlsx([['Nama Mitra', 'Kab/Kota']], {
      extra: [
        { name: 'xl/media/kecil.xml', content: Buffer.alloc(5 * 1024 * 1024, 0x20), declaredSize: 100 },
      ],
    });
    await refuse(lying, 'bohong.xlsx', 422, 'IMPORT_ZIP_BOMB');
    const xxe = handMadeXlsx(
      [
        ['Nama Mitra', 'Kab/Kota'],
        ['&xxe;', 'Kota Banjarbaru'],
      ],
      { sheetProlog: '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' },
    );
    await refuse(xxe, 'xxe.xlsx', 422, 'IMPORT_XML_ENTITY');
    await refuse(
      buildZip([{ name: 'readme.txt', content: 'bukan xlsx' }]),
      'zip.xlsx',
      422,
      'IMPORT_FILE_UNREADABLE',
    );
    await refuse(
      csv([
        ['Nomor', 'Alamat'],
        ['1', 'Jl. Mawar'],
      ]),
      'tanpa-nama.csv',
      422,
      'IMPORT_MAPPING_INCOMPLETE',
    );
    await refuse(csv([header, ['A', 'DUDI', 'Kota Banjarbaru']]), 'a.csv', 422, 'IMPORT_MAPPING_INCOMPLETE', {
      mapping: { 'Nama Mitra': null },
    });
    const malformed = multipart([
      { name: 'mapping', content: '{bukan json' },
      { name: 'file', content: csv([header]), filename: 'a.csv' },
    ]);
    const badMapping = await manager.request(
      'POST',
      '/api/v1/partners/import',
      malformed.payload,
      malformed.headers,
    );
    expect(badMapping.statusCode).toBe(400);
    const notMultipart = await manager.request('POST', '/api/v1/partners/import', { file: 'x' });
    expect(notMultipart.statusCode).toBe(415);
    expect(await countRows('jobs')).toBe(jobsBefore);
    expect(await countRows('partners')).toBe(partnersBefore);
    expect(storedFiles()).toBe(filesBefore);
  });

  it('drops control characters and impossible character references from cells, on both formats', async () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      `<row r="1">${inline('A1', 'Nama Mitra')}${inline('B1', 'Kab/Kota')}</row>` +
      `<row r="2">${inline('A2', 'CV Nol&#0; Rujukan&#99999999; Kendali&#x1B;')}${inline('B2', 'Kota Banjarbaru')}</row>` +
      '</sheetData></worksheet>';
    const xlsx = handMadeXlsx([], { sheet: { content: sheet } });
    // Past the first 4 KB, where the type sniff would refuse a NUL as a binary file.
    const filler: Cell[][] = Array.from({ length: 120 }, (_, i) => [
      `Toko Pengisi Baris ${i}`,
      'Kota Banjarbaru',
    ]);
    const text = csv([
      ['Nama Mitra', 'Kab/Kota'],
      ...filler,
      ['UD Nol\u0000 Di CSV\u0007', 'Kota Banjarbaru'],
    ]);
    expect(text.indexOf(0)).toBeGreaterThan(4096);

    const fromXlsx = await importAndWait(t, manager, { bytes: xlsx, filename: 'kendali.xlsx' });
    const fromCsv = await importAndWait(t, manager, { bytes: text, filename: 'kendali.csv' });

    expect(fromXlsx.status, JSON.stringify(fromXlsx.error)).toBe('succeeded');
    expect(fromCsv.status, JSON.stringify(fromCsv.error)).toBe('succeeded');
    const names = (await manager.request('GET', '/api/v1/partners?limit=200'))
      .json<PartnerPage>()
      .items.map((p) => p.name);
    expect(names).toContain('CV Nol Rujukan Kendali');
    expect(names).toContain('UD Nol Di CSV');
  });

  it('a job is seen only by the person who started it', async () => {
    const job = await importAndWait(t, manager, {
      bytes: csv([header, ['CV Rahasia Jaya', 'DUDI', 'Kota Banjarbaru']]),
      filename: 'r.csv',
    });
    const colleague = await logInAs(t, (await createUserFixture(t, manager.institutionId, 'manager')).email);
    for (const session of [colleague, other]) {
      expect((await session.request('GET', `/api/v1/jobs/${job.id}`)).statusCode).toBe(404);
      expect((await session.request('GET', `/api/v1/jobs/${job.id}/result`)).statusCode).toBe(404);
    }
    expect((await other.request('GET', '/api/v1/partners?q=Rahasia')).json<PartnerPage>().items).toEqual([]);
    const viewer = await signedInInstitution(t, 'viewer');
    const refused = await uploadImport(viewer, { bytes: csv([header]), filename: 'v.csv' });
    expect(refused.statusCode).toBe(403);
    expect(job satisfies Job).toBeTruthy();
  });
});
