import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Job } from '../../../../shared/contracts/jobs';
import type { AnnualReportResult, Dashboard } from '../../../../shared/contracts/reports';
import { createActivityVia } from '../../../../../tests/factories/activities';
import { activeAgreementVia } from '../../../../../tests/factories/dashboard-world';
import { createPartnershipVia } from '../../../../../tests/factories/engagement';
import {
  createWorkPlanVia,
  placementItemBody,
  workPlanItemBody,
} from '../../../../../tests/factories/work-plans';
import { docxPartNames, docxPlainText } from '../../../../../tests/factories/docx-text';
import { createValueRecordVia } from '../../../../../tests/factories/feedback';
import { createPartnerVia } from '../../../../../tests/factories/partners';
import { extractPdfText, flattenText } from '../../../../../tests/factories/pdf-text';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  type Session,
} from '../../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../tests/setup/test-app';

const foreignPartner = 'Sanggar Bordir Rahasia Martapura';
const foreignValue = 'Pelatihan rahasia milik lembaga lain';
/** Typed by a user, it must reach the workbook as text, never as a formula (promise 11). */
const formulaTitle = '=HYPERLINK("http://contoh.example","klik") Pameran produk';

/**
 * Three partners (two businesses, a cooperative), a partnership entered at implementation with a
 * plan and an agreement in force, activities on time, late and unplanned; made on 2026-11-10 and
 * reported on 2026-11-20 (WITA).
 */
async function buildReportWorld(t: TestApp, admin: Session): Promise<string> {
  const p1 = await createPartnerVia(admin, { category: 'business' });
  const p2 = await createPartnerVia(admin, { category: 'business' });
  await createPartnerVia(admin, {
    category: 'cooperative',
    region: { provinceCode: '63', regencyCode: '63.71' },
  });
  const running = await createPartnershipVia(admin, [p2.id], {
    pattern: 'foster',
    enteredAt: {
      stage: 'implementation',
      reason: 'Kemitraan sudah berjalan sejak 2024 sebelum memakai Jalin',
    },
  });
  const plan = await createWorkPlanVia(admin, running.id, {
    items: [workPlanItemBody(), placementItemBody()],
  });
  const [training, placement] = plan.items;
  await activeAgreementVia(t, admin, {
    partnershipId: running.id,
    partnerId: p2.id,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  const done = { status: 'done' as const };
  await createActivityVia(admin, running.id, {
    ...done,
    workPlanItemId: training!.id,
    startedOn: '2026-04-01',
    endedOn: '2026-04-20',
    actualQuantity: 18,
    outcomeKind: 'learners_trained',
  });
  await createActivityVia(admin, running.id, {
    ...done,
    workPlanItemId: placement!.id,
    startedOn: '2026-08-01',
    endedOn: '2026-09-05',
    actualQuantity: 5,
    outcomeKind: 'graduates_hired',
  });
  await createActivityVia(admin, running.id, {
    ...done,
    title: formulaTitle,
    workPlanItemId: null,
    startedOn: '2026-10-05',
    endedOn: '2026-10-10',
    actualQuantity: 7,
    outcomeKind: 'learners_trained',
  });
  t.clock.set(new Date('2026-11-20T03:00:00.000Z'));
  return p1.id;
}

describeEachDatabase('POST /reports/annual-report', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let dashboard: Dashboard;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-11-10T01:00:00.000Z'));
    const mine = await createInstitutionFixture(t, { name: 'LKP Tas Rajut Banjarbaru' });
    const theirs = await createInstitutionFixture(t, { name: 'LKP Menjahit Martapura', regionCode: '63.03' });
    const viewerEmail = (await createUserFixture(t, mine.institutionId, 'viewer')).email;
    const other = await logInAs(t, theirs.adminEmail);
    const foreign = await createPartnerVia(other, { name: foreignPartner, category: 'business' });
    await createValueRecordVia(other, foreign.id, { title: foreignValue });
    const builder = await logInAs(t, mine.adminEmail);
    const partnerId = await buildReportWorld(t, builder);
    // The clock moved on by days: sessions are opened after it.
    admin = await logInAs(t, mine.adminEmail);
    viewer = await logInAs(t, viewerEmail);
    await createValueRecordVia(admin, partnerId, {
      title: 'Lokakarya pemasaran daring untuk perajin',
      givenOn: '2026-02-20',
    });
    const response = await admin.request('GET', '/api/v1/reports/dashboard?from=2026-01&to=2026-12');
    expect(response.statusCode, response.body).toBe(200);
    dashboard = response.json<Dashboard>();
  }, 180_000);
  afterAll(async () => t?.close());

  async function makeReport(format: 'pdf' | 'docx' | 'xlsx', session = admin) {
    const started = await session.request('POST', '/api/v1/reports/annual-report', { year: 2026, format });
    expect(started.statusCode, started.body).toBe(202);
    const { job } = started.json<{ job: Job<AnnualReportResult> }>();
    expect(job).toMatchObject({ kind: 'reports.annual', status: 'queued' });
    await t.deps.jobs.whenIdle();
    const finished = (await session.request('GET', `/api/v1/jobs/${job.id}`)).json<Job<AnnualReportResult>>();
    expect(finished, JSON.stringify(finished.error)).toMatchObject({ status: 'succeeded', progress: 1 });
    expect(finished.result).toMatchObject({ year: 2026, format });
    const file = await session.request('GET', finished.resultFileUrl!.replace(/^\/api\/v1/, '/api/v1'));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="laporan-kemitraan-2026-lkp-tas-rajut-banjarbaru.${format}"`,
    );
    expect(file.headers['content-type']).toBe(finished.result!.mediaType);
    return file.rawPayload;
  }

  /** The figures a reader checks against the dashboard, as label → value. */
  function headlineFigures(): [string, number][] {
    const outcome = (kind: string) => dashboard.outcomes.find((o) => o.kind === kind)!.total;
    return [
      ['Jumlah mitra', dashboard.partners.total],
      ['Kesepakatan berlaku', dashboard.agreements.active],
      ['Kesepakatan segera berakhir', dashboard.agreements.expiring],
      ['Kegiatan tepat waktu', dashboard.activities.onTime],
      ['Kegiatan terlambat', dashboard.activities.late],
      ['Kegiatan lewat jadwal', dashboard.activities.overdue],
      ['Kegiatan di luar rencana', dashboard.activities.unplanned],
      ['Peserta didik terlatih', outcome('learners_trained')],
      ['Lulusan bekerja', outcome('graduates_hired')],
    ];
  }

  it('makes the PDF as a job: identity, the year, the dashboard figures, charts, the signature block', async () => {
    // The world is not empty: the figures below would pass trivially on zeros.
    expect(dashboard.partners.total).toBe(3);
    expect(dashboard.activities.onTime).toBe(1);
    const pdf = await extractPdfText(await makeReport('pdf'));
    const text = pdf.pages.join('\n');
    expect(pdf.pageSizes[0]).toMatchObject({ width: 595.28 });
    expect(text).toContain('LKP Tas Rajut Banjarbaru');
    expect(text).toContain('LAPORAN KEMITRAAN TAHUNAN');
    expect(text).toContain('TAHUN 2026');
    for (const [label, value] of headlineFigures()) {
      expect(text, label).toMatch(new RegExp(`${label} ${value}(\\n|$)`, 'm'));
    }
    // The en dash is where the line may wrap.
    expect(text).toMatch(/Januari–\s?Desember 2026/);
    expect(text).toContain('Gambar 1. Mitra per kategori');
    expect(text).toContain('Dunia usaha dan industri (DUDI) 2');
    // The value record's title wraps inside its cell.
    expect(text).toContain('Lokakarya pemasaran');
    expect(text).toContain('Kota Banjarbaru, 20 November 2026');
    expect(text).toContain('Kepala Lembaga');
    expect(text).toContain(`Halaman 1 dari ${pdf.pages.length}`);
    expect(text).not.toContain(foreignPartner);
    expect(text).not.toContain(foreignValue);
  });

  it('makes the DOCX with the same figures, the table headers and the charts as pictures', async () => {
    const bytes = await makeReport('docx');
    const text = await docxPlainText(bytes);
    expect(text).toContain('LKP Tas Rajut Banjarbaru');
    expect(text).toContain('TAHUN 2026');
    for (const [label, value] of headlineFigures()) {
      expect(text, label).toMatch(new RegExp(`^${label}\\n${value}$`, 'm'));
    }
    for (const header of [
      'Kategori',
      'Jumlah mitra',
      'Kemitraan mencapai',
      'Nomor',
      'Perihal',
      'Tanggal selesai',
    ]) {
      expect(text).toMatch(new RegExp(`^${header}$`, 'm'));
    }
    expect(text).toContain('Januari–Desember 2026');
    expect(text).toContain('Lokakarya pemasaran daring untuk perajin');
    expect((await docxPartNames(bytes)).filter((name) => name.startsWith('word/media/')).length).toBe(5);
    expect(text).not.toContain(foreignPartner);
    expect(text).not.toContain(foreignValue);
  });

  it('makes the XLSX with the numbers as numbers, one sheet per group', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await makeReport('xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Mitra',
      'Tahapan',
      'Kegiatan',
      'Capaian',
      'Umpan balik',
      'Kemitraan',
      'Kesepakatan',
      'Kegiatan selesai',
      'Catatan nilai',
    ]);
    const values = new Map<string, unknown>();
    const everything: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        const cells = (row.values as unknown[]).slice(1);
        everything.push(cells.map(String).join(' | '));
        if (typeof cells[0] === 'string' && !values.has(cells[0])) values.set(cells[0], cells.at(-1));
      });
    }
    for (const [label, value] of headlineFigures()) expect(values.get(label), label).toBe(value);
    const funnel = dashboard.funnel.find((step) => step.stage === 'mapping')!.reached;
    expect(values.get('Pemetaan Objek Mitra')).toBeDefined();
    expect(workbook.getWorksheet('Tahapan')!.getRow(3).getCell(2).value).toBe(funnel);
    expect(values.get('Nama lembaga')).toBe('LKP Tas Rajut Banjarbaru');
    expect(everything.join('\n')).toContain('1 Januari 2026 | 31 Desember 2027');
    expect(everything.join('\n')).not.toContain(foreignPartner);
    expect(everything.join('\n')).not.toContain(foreignValue);
    const formulaCells: ExcelJS.Cell[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulaCells.push(cell);
          if (typeof cell.value === 'string' && cell.value.includes('HYPERLINK')) formulaCells.push(cell);
        }),
      );
    expect(formulaCells.map((cell) => [cell.type, cell.value])).toEqual([
      [ExcelJS.ValueType.String, formulaTitle],
    ]);
  });

  it('lets every role of the institution make it (a viewer too)', async () => {
    const text = (await extractPdfText(await makeReport('pdf', viewer))).pages.join('\n');
    expect(text).toContain('LKP Tas Rajut Banjarbaru');
  });

  it('refuses a year still to come or before the institution existed with 422', async () => {
    for (const year of [2027, 2025]) {
      const response = await admin.request('POST', '/api/v1/reports/annual-report', { year, format: 'pdf' });
      expect(response.statusCode).toBe(422);
      expect(response.json<{ error: { code: string; details: unknown } }>().error).toMatchObject({
        code: 'ANNUAL_REPORT_YEAR_OUT_OF_RANGE',
        details: { earliest: 2026, latest: 2026 },
      });
    }
    const jobs = await t.deps.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'reports.annual')
      .execute();
    expect(jobs.length).toBe(4);
  });

  it('writes the report in English when that is the institution’s document language, not the user’s', async () => {
    const english = await createInstitutionFixture(t, { name: 'LKP Rajut Samarinda' });
    const builder = await logInAs(t, english.adminEmail);
    await buildReportWorld(t, builder);
    const head = await logInAs(t, english.adminEmail);
    const profile = await head.request('GET', `/api/v1/institutions/${english.institutionId}`);
    const changed = await head.request('PATCH', `/api/v1/institutions/${english.institutionId}`, {
      documentLocale: 'en',
      version: profile.json<{ version: number }>().version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

    /** Started and followed as the page does, then fetched over a real socket as the browser does. */
    async function makeEnglishReport(format: 'pdf' | 'xlsx') {
      const started = await head.request('POST', '/api/v1/reports/annual-report', { year: 2026, format });
      expect(started.statusCode, started.body).toBe(202);
      const { job } = started.json<{ job: Job<AnnualReportResult> }>();
      const stored = await t.deps.db
        .selectFrom('jobs')
        .select('input_json')
        .where('id', '=', job.id)
        .executeTakeFirstOrThrow();
      // The user's own language is Indonesian; the institution's document language wins.
      expect(JSON.parse(stored.input_json)).toMatchObject({ locale: 'en' });
      await t.deps.jobs.whenIdle();
      const finished = (await head.request('GET', `/api/v1/jobs/${job.id}`)).json<Job<AnnualReportResult>>();
      expect(finished, JSON.stringify(finished.error)).toMatchObject({ status: 'succeeded' });
      const response = await fetch(`${baseUrl}${finished.resultFileUrl!}`, {
        headers: { cookie: `jalin_session=${head.cookie}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="annual-partnership-report-2026-lkp-rajut-samarinda.${format}"`,
      );
      return Buffer.from(await response.arrayBuffer());
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await makeEnglishReport('xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Partners',
      'Stages',
      'Activities',
      'Outcomes',
      'Feedback',
      'Partnerships',
      'Agreements',
      'Completed activities',
      'Value to partners',
    ]);
    const values = new Map<string, unknown>();
    const rows: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        const cells = (row.values as unknown[]).slice(1);
        rows.push(cells.map(String).join(' | '));
        if (typeof cells[0] === 'string' && !values.has(cells[0])) values.set(cells[0], cells.at(-1));
      });
    }
    const everything = rows.join('\n');
    // Numbers stay numeric cells; only the words change.
    expect(values.get('Number of partners')).toBe(3);
    expect(values.get('Activities completed on time')).toBe(1);
    expect(values.get('Learners trained')).toBe(25);
    expect(values.get('Business and industry (DUDI)')).toBe(2);
    expect(values.get('Name of institution')).toBe('LKP Rajut Samarinda');
    expect(values.get('Mapping partners')).toBeDefined();
    for (const heading of [
      'Institution profile',
      'Key figures',
      'Partners by category',
      'Partnership stages reached',
      'Activity timeliness',
      'Completed activities',
      'Value delivered to partners',
      'No. | Number | Partner | Type | Subject | Start | End | Status',
      '1 January 2026 | 31 December 2027',
      '20 April 2026',
    ]) {
      expect(everything, heading).toContain(heading);
    }
    for (const indonesian of [
      'Ringkasan',
      'Identitas lembaga',
      'Jumlah mitra',
      'Tepat waktu',
      'Peserta didik terlatih',
      'Dunia usaha',
      'Januari',
      'Desember',
    ]) {
      expect(everything, indonesian).not.toContain(indonesian);
    }

    const pdf = flattenText((await extractPdfText(await makeEnglishReport('pdf'))).pages.join('\n'));
    for (const heading of [
      'ANNUAL PARTNERSHIP REPORT',
      'FOR THE YEAR 2026',
      'I. INSTITUTION PROFILE',
      'In 2026, LKP Rajut Samarinda worked with 3 partners in 1 partnership',
      'January–December 2026',
      'Figure 1. Partners by category',
      'Kota Banjarbaru, 20 November 2026',
      'Head of Institution',
      'Page 1 of ',
    ]) {
      expect(pdf, heading).toContain(heading);
    }
    for (const indonesian of [
      'LAPORAN KEMITRAAN TAHUNAN',
      'TAHUN 2026',
      'Gambar 1',
      'Kepala Lembaga',
      'Januari',
      'Halaman',
    ]) {
      expect(pdf, indonesian).not.toContain(indonesian);
    }
  }, 180_000);
});
