import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MonitoringVisit, PartnershipMonitoring, Problem } from '../../../shared/contracts/monitoring';
import { docxPlainText } from '../../../../tests/factories/docx-text';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import {
  createProblemVia,
  createVisitVia,
  insertActivityRow,
  problemBody,
  visitBody,
} from '../../../../tests/factories/monitoring';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { extractPdfText, flattenText } from '../../../../tests/factories/pdf-text';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { createDemoMonitoring } from './index';

describeEachDatabase('problems log and monitoring visits (guide step 9)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;
  let partnershipId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-04-07T01:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
    const partner = await createPartnerVia(manager);
    partnershipId = (await createPartnershipVia(manager, [partner.id])).id;
  });
  afterAll(() => t.close());

  async function count(
    table: 'partnership_problems' | 'monitoring_visits' | 'audit_events',
  ): Promise<number> {
    const row = await t.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const written = async () => ({
    problems: await count('partnership_problems'),
    visits: await count('monitoring_visits'),
    audit: await count('audit_events'),
  });

  async function auditActions(entityId: string): Promise<string[]> {
    const rows = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', entityId)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => row.action);
  }

  it('logs a problem against an activity, solves it only with a solution, and deletes it', async () => {
    const activityId = await insertActivityRow(t.deps.db, {
      institutionId: manager.institutionId,
      partnershipId,
      workPlanItemId: null,
    });
    const created = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnershipId}/problems`,
      problemBody({ activityId }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const problem = created.json<Problem>();
    expect(problem).toMatchObject({
      status: 'open',
      activityId,
      activityTitle: 'Pelatihan merajut tas angkatan 1',
      ownerName: 'Siti Aminah',
      dueOn: '2026-04-15',
      solvedAt: null,
      version: 1,
    });

    const before = await written();
    const unsolved = await manager.request('PATCH', `/api/v1/problems/${problem.id}`, {
      version: 1,
      status: 'solved',
    });
    expect(unsolved.statusCode).toBe(422);
    expect(unsolved.json()).toMatchObject({ error: { code: 'SOLUTION_REQUIRED' } });
    const blank = await manager.request('PATCH', `/api/v1/problems/${problem.id}`, {
      version: 1,
      status: 'solved',
      solution: '   ',
    });
    expect(blank.json()).toMatchObject({ error: { code: 'SOLUTION_REQUIRED' } });
    expect(await written()).toEqual(before);

    const solved = await manager.request('PATCH', `/api/v1/problems/${problem.id}`, {
      version: 1,
      status: 'solved',
      solution: 'Bengkel meminjamkan stok benangnya',
    });
    expect(solved.statusCode, solved.body).toBe(200);
    expect(solved.json<Problem>()).toMatchObject({
      status: 'solved',
      solution: 'Bengkel meminjamkan stok benangnya',
      solvedAt: '2026-04-07T01:00:00.000Z',
      version: 2,
    });

    const stale = await manager.request('PATCH', `/api/v1/problems/${problem.id}`, {
      version: 1,
      ownerName: 'Budi',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });

    const reopened = await manager.request('PATCH', `/api/v1/problems/${problem.id}`, {
      version: 2,
      status: 'in_progress',
    });
    expect(reopened.json<Problem>()).toMatchObject({ status: 'in_progress', solvedAt: null, version: 3 });

    expect((await manager.request('DELETE', `/api/v1/problems/${problem.id}?version=1`)).statusCode).toBe(
      409,
    );
    const deleted = await manager.request('DELETE', `/api/v1/problems/${problem.id}?version=3`);
    expect(deleted.statusCode).toBe(200);
    expect(await auditActions(problem.id)).toEqual([
      'problem.created',
      'problem.solved',
      'problem.updated',
      'problem.deleted',
    ]);
  });

  it('refuses bad problems with a coded answer and writes nothing', async () => {
    const foreignPartner = await createPartnerVia(outsider);
    const foreignPartnership = await createPartnershipVia(outsider, [foreignPartner.id]);
    const foreignActivity = await insertActivityRow(t.deps.db, {
      institutionId: outsider.institutionId,
      partnershipId: foreignPartnership.id,
      workPlanItemId: null,
    });
    const otherPartner = await createPartnerVia(manager);
    const otherPartnership = await createPartnershipVia(manager, [otherPartner.id]);
    const otherActivity = await insertActivityRow(t.deps.db, {
      institutionId: manager.institutionId,
      partnershipId: otherPartnership.id,
      workPlanItemId: null,
    });
    const before = await written();
    const url = `/api/v1/partnerships/${partnershipId}/problems`;

    for (const activityId of [foreignActivity, otherActivity]) {
      const response = await manager.request('POST', url, problemBody({ activityId }));
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: { code: 'PROBLEM_ACTIVITY_NOT_IN_PARTNERSHIP' } });
    }
    const solvedBare = await manager.request('POST', url, problemBody({ status: 'solved' }));
    expect(solvedBare.json()).toMatchObject({ error: { code: 'SOLUTION_REQUIRED' } });
    const noOwner = await manager.request('POST', url, problemBody({ ownerName: '' }));
    expect(noOwner.statusCode).toBe(400);
    const badDate = await manager.request('POST', url, { ...problemBody(), dueOn: '15-04-2026' });
    expect(badDate.statusCode).toBe(400);
    const theirs = await manager.request(
      'POST',
      `/api/v1/partnerships/${foreignPartnership.id}/problems`,
      problemBody(),
    );
    expect(theirs.statusCode).toBe(404);
    expect(await written()).toEqual(before);
  });

  /** The institution's "Bahasa dokumen", changed through its profile as a manager would. */
  async function setDocumentLocale(locale: 'id' | 'en'): Promise<void> {
    const url = `/api/v1/institutions/${manager.institutionId}`;
    const current = (await manager.request('GET', url)).json<{ version: number }>();
    const response = await manager.request('PATCH', url, {
      version: current.version,
      documentLocale: locale,
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  it('prints the visit’s record in English when the document language is English, and back', async () => {
    const visit = await createVisitVia(manager, partnershipId);
    const url = (format: string) => `/api/v1/monitoring-visits/${visit.id}/berita-acara?format=${format}`;
    await setDocumentLocale('en');
    try {
      const pdf = await manager.request('GET', url('pdf'));
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toContain('filename="monitoring-record-2026-04-06.pdf"');
      const pdfText = flattenText((await extractPdfText(pdf.rawPayload)).pages.join('\n'));
      for (const phrase of [
        'OFFICIAL RECORD OF MONITORING AND EVALUATION',
        'On Monday, 6 April 2026, at Rumah produksi rajut, Banjarbaru, we the undersigned:',
        'Siti Aminah, Pimpinan LKP',
        'hereinafter referred to as the FIRST PARTY.',
        'hereinafter referred to as the SECOND PARTY.',
        'THE PARTIES have monitored and evaluated the implementation of the partnership',
        'Name and position',
        'Representing',
        'The results of the monitoring and evaluation are as follows:',
        'A. Findings',
        'B. Recommendations',
        'This record has been drawn up truthfully',
        'Page 1 of 1',
        // What was written at the visit stays as written.
        'Dua mesin rajut rusak ringan.',
        'Servis mesin sebelum angkatan kedua.',
      ]) {
        expect(pdfText).toContain(phrase);
      }
      for (const indonesian of [
        'BERITA ACARA',
        'Pada hari ini',
        'bertempat di',
        'PIHAK PERTAMA',
        'PARA PIHAK',
        'A. Temuan',
        'Nama dan jabatan',
        'Demikian',
        'Halaman',
        'April 2026 (',
      ]) {
        expect(pdfText).not.toContain(indonesian);
      }

      const docx = await manager.request('GET', url('docx'));
      expect(docx.statusCode, docx.body).toBe(200);
      expect(docx.headers['content-disposition']).toContain('filename="monitoring-record-2026-04-06.docx"');
      const docxText = flattenText(await docxPlainText(docx.rawPayload));
      expect(docxText).toContain('OFFICIAL RECORD OF MONITORING AND EVALUATION');
      expect(docxText).toContain('On Monday, 6 April 2026, at Rumah produksi rajut, Banjarbaru');
      expect(docxText).toContain('B. Recommendations');
      expect(docxText).not.toContain('BERITA ACARA');
      expect(docxText).not.toContain('Pada hari ini');
    } finally {
      await setDocumentLocale('id');
    }
    const again = await manager.request('GET', url('pdf'));
    expect(again.headers['content-disposition']).toContain('filename="BA-monev-2026-04-06.pdf"');
    const text = flattenText((await extractPdfText(again.rawPayload)).pages.join('\n'));
    expect(text).toContain('BERITA ACARA MONITORING DAN EVALUASI');
    expect(text).toContain('Pada hari ini Senin tanggal enam bulan April tahun dua ribu dua puluh enam');
    expect(text).not.toContain('OFFICIAL RECORD');
    expect(
      (await manager.request('DELETE', `/api/v1/monitoring-visits/${visit.id}?version=1`)).statusCode,
    ).toBe(200);
  });

  it('records a visit, edits it and prints its berita acara as PDF and DOCX', async () => {
    const created = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnershipId}/monitoring-visits`,
      visitBody(),
    );
    expect(created.statusCode, created.body).toBe(201);
    const visit = created.json<MonitoringVisit>();
    expect(visit).toMatchObject({
      visitedOn: '2026-04-06',
      visitors: ['Siti Aminah, Pimpinan LKP', 'Rahmat Hidayat, Fasilitator'],
      partnerAttendees: ['Hj. Rusmini, Pemilik rumah produksi'],
    });

    const edited = await manager.request('PATCH', `/api/v1/monitoring-visits/${visit.id}`, {
      version: 1,
      findings: 'Delapan belas peserta hadir penuh.\nDua mesin rajut rusak ringan dan sudah diservis.',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      (await manager.request('PATCH', `/api/v1/monitoring-visits/${visit.id}`, { version: 1 })).statusCode,
    ).toBe(409);
    const read = await manager.request('GET', `/api/v1/monitoring-visits/${visit.id}`);
    expect(read.json<MonitoringVisit>()).toMatchObject({ version: 2 });

    const pdf = await manager.request('GET', `/api/v1/monitoring-visits/${visit.id}/berita-acara?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pdfText = flattenText((await extractPdfText(pdf.rawPayload)).pages.join('\n'));
    expect(pdfText).toContain('BERITA ACARA MONITORING DAN EVALUASI');
    expect(pdfText).toContain('Pada hari ini Senin tanggal enam bulan April tahun dua ribu dua puluh enam');
    expect(pdfText).toContain('bertempat di Rumah produksi rajut, Banjarbaru');
    expect(pdfText).toContain('Dua mesin rajut rusak ringan dan sudah diservis.');
    expect(pdfText).toContain('Servis mesin sebelum angkatan kedua.');
    expect(pdfText).toContain('Hj. Rusmini');
    expect(pdfText).toContain('Rahmat Hidayat, Fasilitator');

    const docx = await manager.request(
      'GET',
      `/api/v1/monitoring-visits/${visit.id}/berita-acara?format=docx`,
    );
    expect(docx.statusCode).toBe(200);
    const docxText = flattenText(await docxPlainText(docx.rawPayload));
    expect(docxText).toContain('BERITA ACARA MONITORING DAN EVALUASI');
    expect(docxText).toContain('Senin tanggal enam bulan April tahun dua ribu dua puluh enam');
    expect(docxText).toContain('Dua mesin rajut rusak ringan dan sudah diservis.');

    expect(await auditActions(visit.id)).toEqual([
      'monitoring_visit.created',
      'monitoring_visit.updated',
      'monitoring_visit.berita_acara_rendered',
      'monitoring_visit.berita_acara_rendered',
    ]);

    const before = await written();
    const noAttendees = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnershipId}/monitoring-visits`,
      visitBody({ partnerAttendees: [] }),
    );
    expect(noAttendees.statusCode).toBe(400);
    expect((await outsider.request('GET', `/api/v1/monitoring-visits/${visit.id}`)).statusCode).toBe(404);
    expect(
      (await outsider.request('GET', `/api/v1/monitoring-visits/${visit.id}/berita-acara?format=pdf`))
        .statusCode,
    ).toBe(404);
    expect(
      (await outsider.request('DELETE', `/api/v1/monitoring-visits/${visit.id}?version=2`)).statusCode,
    ).toBe(404);
    expect(await written()).toEqual(before);

    expect(
      (await manager.request('DELETE', `/api/v1/monitoring-visits/${visit.id}?version=2`)).statusCode,
    ).toBe(200);
    expect((await manager.request('GET', `/api/v1/monitoring-visits/${visit.id}`)).statusCode).toBe(404);
  });

  it('shows problems and visits on the partnership’s monitoring, and the demo adds a solved one and a visit', async () => {
    const partner = await createPartnerVia(manager);
    const demoPartnership = await createPartnershipVia(manager, [partner.id]);
    await createProblemVia(manager, demoPartnership.id, { problem: 'Ruang praktik bocor saat hujan' });
    await createVisitVia(manager, demoPartnership.id);
    const ids = await createDemoMonitoring(t.deps, {
      institutionId: manager.institutionId,
      partnershipId: demoPartnership.id,
      userId: manager.userId,
    });
    const response = await manager.request('GET', `/api/v1/partnerships/${demoPartnership.id}/monitoring`);
    const monitoring = response.json<PartnershipMonitoring>();
    expect(monitoring.problems.map((p) => [p.problem, p.status])).toEqual([
      ['Ruang praktik bocor saat hujan', 'open'],
      ['Benang rajut untuk praktik habis di pekan ketiga pelatihan', 'solved'],
    ]);
    expect(monitoring.problems[1]).toMatchObject({
      id: ids.problemId,
      cause: expect.any(String),
      solution: expect.any(String),
    });
    expect(monitoring.visits.map((v) => v.id)).toContain(ids.visitId);
    expect(monitoring.visits[0]!.visitedOn).toBe('2026-04-07');
  });
});
