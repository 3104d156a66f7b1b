import { afterAll, beforeAll, expect, it } from 'vitest';
import { docxPartNames, docxPlainText, readDocxXml } from '../../../../tests/factories/docx-text';
import { monevWorld, type MonevWorld } from '../../../../tests/factories/monev';
import { extractPdfText, flattenText } from '../../../../tests/factories/pdf-text';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('laporan monev (guide step 9)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;
  let world: MonevWorld;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-11-28T01:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
    world = await monevWorld(t, manager);
  });
  afterAll(() => t.close());

  const figure = (value: number) => String(value).replace('.', ',');

  /** Each plan item's target and its actual summed from the database's activities, as printed. */
  async function expectedFigures(): Promise<{ target: string; actual: string }[]> {
    const items = await t.deps.db
      .selectFrom('work_plan_items')
      .select(['id', 'target_quantity', 'target_unit'])
      .where('work_plan_id', '=', world.workPlanId)
      .orderBy('position')
      .execute();
    const activities = await t.deps.db
      .selectFrom('activities')
      .select(['work_plan_item_id', 'actual_quantity', 'status'])
      .where('partnership_id', '=', world.partnershipId)
      .execute();
    return items.map((item) => {
      const actual = activities
        .filter(
          (a) => a.work_plan_item_id === item.id && a.status !== 'cancelled' && a.actual_quantity !== null,
        )
        .reduce((sum, a) => sum + Number(a.actual_quantity), 0);
      return {
        target: `${figure(item.target_quantity)} ${item.target_unit}`,
        actual: `${figure(actual)} ${item.target_unit}`,
      };
    });
  }

  it('prints the PDF with its five chapters and every item’s target and actual as the database holds them', async () => {
    const response = await manager.request(
      'GET',
      `/api/v1/evaluations/${world.evaluationId}/report?format=pdf`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="laporan-monev-2026-[a-z0-9-]+\.pdf"/,
    );
    const { pages } = await extractPdfText(response.rawPayload);
    const text = flattenText(pages.join('\n'));
    for (const chapter of [
      'I. PENDAHULUAN',
      'II. METODE DAN INSTRUMEN',
      'III. HASIL DAN TEMUAN',
      'IV. KESIMPULAN DAN REKOMENDASI',
      'V. LAMPIRAN',
    ]) {
      expect(text).toContain(chapter);
    }
    const figures = await expectedFigures();
    expect(figures).toEqual([
      { target: '20 orang', actual: '18,5 orang' },
      { target: '5 orang', actual: '3 orang' },
    ]);
    const table = pages.join('\n').split('\n');
    for (const [index, row] of figures.entries()) {
      // The row of the plan-vs-actual table carries both figures on its first line.
      const line = table.find(
        (candidate) => candidate.startsWith(`${index + 1} `) && candidate.includes(row.target),
      );
      expect(line, `row ${index + 1}`).toBeDefined();
      expect(line).toContain(row.actual);
    }
    // Planned contributions and the spending recorded against them.
    expect(text).toContain('Rp7.500.000,00');
    expect(text).toContain('Rp4.000.000,00');
    expect(text).toContain('Rp3.500.000,00');
    expect(text).toContain('Kuliah tamu desain tas');
    expect(text).toContain('Benang terlambat');
    expect(text).toContain('kedua di Banjarmasin');
    expect(text).toContain('Kepuasan lembaga: 4 dari 5');
    expect(text).toContain('Kepuasan mitra: 5 dari 5 (Hj. Rusmini, Pemilik Usaha)');
    expect(text).toContain('Dilanjutkan dengan perubahan');
    expect(text).toContain('Hasil baik, jadwal bahan baku perlu diubah.');
    expect(text).toContain('20 lulusan kompeten');
    expect(text).toContain('Tambah satu instruktur');
    expect(text).toContain('Gambar 1. Target dan realisasi');
    // The cancelled batch's 100 is counted nowhere.
    expect(text).not.toContain('118,5');
  });

  it('writes the same figures into the DOCX, with the chart as a picture', async () => {
    const response = await manager.request(
      'GET',
      `/api/v1/evaluations/${world.evaluationId}/report?format=docx`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const text = await docxPlainText(response.rawPayload);
    for (const row of await expectedFigures()) {
      expect(text).toContain(row.target);
      expect(text).toContain(row.actual);
    }
    expect(text).toContain('III. HASIL DAN TEMUAN');
    expect(text).toContain('Indikator Keberhasilan');
    expect(
      (await docxPartNames(response.rawPayload)).some((name) => /^word\/media\/.+\.png$/.test(name)),
    ).toBe(true);
  });

  /** The institution's "Bahasa dokumen", changed through its profile as a manager would. */
  async function setDocumentLocale(locale: 'id' | 'en'): Promise<void> {
    const url = `/api/v1/institutions/${manager.institutionId}`;
    const current = (await manager.request('GET', url)).json<{ version: number; documentLocale: string }>();
    const response = await manager.request('PATCH', url, {
      version: current.version,
      documentLocale: locale,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ documentLocale: locale });
  }

  it('writes the report in English when the institution’s document language is English, and back', async () => {
    const current = await manager.request('GET', `/api/v1/institutions/${manager.institutionId}`);
    expect(current.json()).toMatchObject({ documentLocale: 'id' });
    await setDocumentLocale('en');
    try {
      const pdf = await manager.request('GET', `/api/v1/evaluations/${world.evaluationId}/report?format=pdf`);
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(pdf.headers['content-disposition']).toMatch(
        /attachment; filename="monitoring-evaluation-report-2026-[a-z0-9-]+\.pdf"/,
      );
      const { pages } = await extractPdfText(pdf.rawPayload);
      const text = flattenText(pages.join('\n'));
      for (const heading of [
        'MONITORING AND EVALUATION REPORT',
        'CYCLE YEAR 2026',
        'I. INTRODUCTION',
        'II. METHOD AND INSTRUMENTS',
        'III. RESULTS AND FINDINGS',
        'IV. CONCLUSIONS AND RECOMMENDATIONS',
        'V. ANNEXES',
        'A. Targets and Timing per Work Plan Item',
        'C. Plan vs Actual Chart',
        'Figure 1. Target and actual per work plan item',
        'Annex 1. Follow-up Plan',
      ]) {
        expect(text).toContain(heading);
      }
      // Dates, figures and money in English formats.
      expect(text).toContain('Prepared on 28 November 2026');
      expect(text).toContain('15 January 2027');
      expect(text).toContain('18.5 orang');
      expect(text).toContain('Rp7,500,000.00');
      expect(text).toContain('Rp4,000,000.00');
      expect(text).toContain("Institution's satisfaction: 4 out of 5");
      expect(text).toContain('Decision: Continue with changes (25 November 2026)');
      expect(text).toContain('Page 1 of');
      // What people wrote stays as written.
      expect(text).toContain('Hasil baik, jadwal bahan baku perlu diubah.');
      for (const indonesian of [
        'LAPORAN MONITORING',
        'PENDAHULUAN',
        'HASIL DAN TEMUAN',
        'LAMPIRAN',
        'Realisasi',
        'Disusun pada',
        'November 2026 s.d.',
        'Halaman',
        '18,5',
        'Rp7.500.000,00',
      ]) {
        expect(text).not.toContain(indonesian);
      }

      const docx = await manager.request(
        'GET',
        `/api/v1/evaluations/${world.evaluationId}/report?format=docx`,
      );
      expect(docx.statusCode, docx.body).toBe(200);
      const docxText = await docxPlainText(docx.rawPayload);
      expect(docxText).toContain('III. RESULTS AND FINDINGS');
      expect(docxText).toContain('Success Indicator');
      expect(docxText).toContain('18.5 orang');
      expect(docxText).toContain('Rp7,500,000.00');
      expect(docxText).toContain('Prepared on 28 November 2026');
      expect(docxText).not.toContain('HASIL DAN TEMUAN');
      expect(docxText).not.toContain('Indikator Keberhasilan');
      expect(await readDocxXml(docx.rawPayload, 'word/footer1.xml')).toContain('Page');
    } finally {
      await setDocumentLocale('id');
    }
    // Back to Indonesian, the next download is Indonesian again.
    const again = await manager.request('GET', `/api/v1/evaluations/${world.evaluationId}/report?format=pdf`);
    const text = flattenText((await extractPdfText(again.rawPayload)).pages.join('\n'));
    expect(text).toContain('III. HASIL DAN TEMUAN');
    expect(text).toContain('Disusun pada 28 November 2026');
    expect(text).toContain('Rp7.500.000,00');
    expect(text).not.toContain('RESULTS AND FINDINGS');
  });

  it('answers 404 for another institution’s evaluation and 400 for an unknown format', async () => {
    const foreign = await outsider.request(
      'GET',
      `/api/v1/evaluations/${world.evaluationId}/report?format=pdf`,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('EVALUATION_NOT_FOUND');
    const badFormat = await manager.request(
      'GET',
      `/api/v1/evaluations/${world.evaluationId}/report?format=xls`,
    );
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().error.code).toBe('VALIDATION_FAILED');
  });
});
