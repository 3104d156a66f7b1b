import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tinyPng } from '../../../../tests/factories/files';
import {
  insertActivity,
  insertEvidence,
  monevWorld,
  type MonevWorld,
} from '../../../../tests/factories/monev';
import { extractPdfText, flattenText } from '../../../../tests/factories/pdf-text';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { tinyPdf } from '../../../../tests/factories/photos';
import { unzipEntries } from '../../../../tests/factories/unzip';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('evidence pack', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;
  let world: MonevWorld;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-11-28T01:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
    world = await monevWorld(t, manager, {
      programme: 'PKW Tas Rajut Barito',
      partnershipName: 'Tas Rajut Rusmini',
    });
    const inst = manager.institutionId;
    const photo = Buffer.concat([tinyPng(), Buffer.from('pertama')]);
    await insertEvidence(t, inst, world.activityIds.training, {
      bytes: photo,
      originalName: 'Foto kegiatan.jpg',
      mediaType: 'image/jpeg',
    });
    await insertEvidence(t, inst, world.activityIds.training, {
      bytes: Buffer.concat([tinyPng(), Buffer.from('kedua')]),
      originalName: 'Foto kegiatan.jpg',
      mediaType: 'image/jpeg',
    });
    await insertEvidence(t, inst, world.activityIds.training, {
      bytes: tinyPdf(),
      originalName: '../../etc/Daftar hadir Ñandú.pdf',
      mediaType: 'application/pdf',
      kind: 'attendance',
    });
    await insertEvidence(t, inst, world.activityIds.unplanned, {
      bytes: tinyPng(),
      originalName: '.htaccess',
      mediaType: 'image/png',
    });
  });
  afterAll(() => t.close());

  async function download(session: Session, url: string) {
    const response = await session.request('GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    return unzipEntries(response.rawPayload);
  }

  let baseUrl: string | undefined;
  /** The pack over a real socket, as a browser downloads it: its file name and its entries. */
  async function downloadOverHttp(session: Session, url: string) {
    if (!baseUrl) {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    }
    const response = await fetch(`${baseUrl}${url}`, {
      headers: { cookie: `jalin_session=${session.cookie}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    return {
      disposition: response.headers.get('content-disposition'),
      entries: await unzipEntries(Buffer.from(await response.arrayBuffer())),
    };
  }

  async function pdfText(bytes: Buffer | undefined) {
    expect(bytes).toBeDefined();
    return flattenText((await extractPdfText(bytes!)).pages.join('\n'));
  }

  it('packs the index, the signed agreement, the plan, every evidence file byte for byte and the monev report', async () => {
    const entries = await download(manager, `/api/v1/partnerships/${world.partnershipId}/evidence-pack`);
    const names = [...entries.keys()];
    expect(names[0]).toBe('00-indeks.pdf');
    expect(names).toContain('rencana-kerja/rencana-kerja-2026.pdf');
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
      expect(name.split('/')).not.toContain('..');
      expect(name.startsWith('/')).toBe(false);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);

    const agreementNames = names.filter((n) => n.startsWith('perjanjian/'));
    expect(agreementNames).toHaveLength(1);
    const signed = await t.deps.db
      .selectFrom('agreements')
      .innerJoin('files', 'files.id', 'agreements.final_file_id')
      .select(['files.storage_key', 'agreements.institution_number'])
      .where('agreements.id', '=', world.agreementId)
      .executeTakeFirstOrThrow();
    const agreementBytes = entries.get(agreementNames[0]!)!;
    expect(agreementBytes.equals(await t.deps.files.read(signed.storage_key))).toBe(true);
    expect(flattenText((await extractPdfText(agreementBytes)).pages.join('\n'))).toContain(
      'LEMBAR PENGESAHAN ELEKTRONIK',
    );

    const planText = flattenText(
      (await extractPdfText(entries.get('rencana-kerja/rencana-kerja-2026.pdf')!)).pages.join('\n'),
    );
    expect(planText).toContain('RENCANA KERJA BERSAMA TAHUN 2026');
    expect(planText).toContain('Penempatan lulusan');
    expect(planText).toContain('Rp15.000.000,00');
    expect(planText).toContain('2 Maret 2026 s.d. 30');
    expect(planText).toContain('Butir Kegiatan');
    expect(planText).toContain('Halaman 1 dari 1');

    const stored = await t.deps.db
      .selectFrom('activity_evidence')
      .innerJoin('files', 'files.id', 'activity_evidence.file_id')
      .innerJoin('activities', 'activities.id', 'activity_evidence.activity_id')
      .select(['files.sha256', 'files.original_name', 'activities.title'])
      .where('activities.partnership_id', '=', world.partnershipId)
      .orderBy('activity_evidence.created_at')
      .orderBy('activity_evidence.id')
      .execute();
    const evidenceNames = names.filter((n) => n.startsWith('kegiatan/'));
    expect(evidenceNames).toEqual([
      'kegiatan/01-pelatihan-merajut-angkatan-1/Foto-kegiatan.jpg',
      'kegiatan/01-pelatihan-merajut-angkatan-1/Foto-kegiatan-2.jpg',
      'kegiatan/01-pelatihan-merajut-angkatan-1/Daftar-hadir-Nandu.pdf',
      'kegiatan/04-kuliah-tamu-desain-tas/htaccess',
    ]);
    const packedHashes = evidenceNames.map((n) => createHash('sha256').update(entries.get(n)!).digest('hex'));
    expect(packedHashes.sort()).toEqual(stored.map((row) => row.sha256).sort());

    const monev = flattenText(
      (await extractPdfText(entries.get('monev/laporan-monev-2026.pdf')!)).pages.join('\n'),
    );
    expect(monev).toContain('LAPORAN MONITORING DAN EVALUASI');
    expect(monev).toContain('18,5 orang');

    const index = await extractPdfText(entries.get('00-indeks.pdf')!);
    const indexLines = index.pages.join('\n').split('\n');
    const indexText = flattenText(index.pages.join('\n'));
    expect(indexText).toContain('Tas Rajut Rusmini');
    expect(indexText).toContain('PAKET BUKTI KEMITRAAN');
    expect(indexText).toContain('Disusun 28 November 2026');
    expect(indexText).toContain('Daftar Isi');
    expect(indexText).toContain('00-indeks.pdf (berkas ini)');
    expect(indexText).toMatch(/Halaman 1 dari \d/);
    expect(indexText).toContain(signed.institution_number!);
    expect(indexLines).toContain('Peserta didik terlatih 18,5');
    expect(indexLines).toContain('Lulusan bekerja 3');
    expect(indexLines).toContain('Jam instruktur tamu 4');
    for (const name of names.slice(1)) {
      const slash = name.lastIndexOf('/');
      expect(indexLines, name).toContain(`${name.slice(0, slash)}/`);
      expect(
        indexLines.some((line) => line.endsWith(name.slice(slash + 1))),
        name,
      ).toBe(true);
    }
  });

  it('packs every partnership of a programme in its own folder, and no other programme', async () => {
    const second = await monevWorld(t, manager, {
      programme: 'PKW Tas Rajut Barito',
      partnershipName: 'Tas Rajut Amuntai',
    });
    await monevWorld(t, manager, { programme: 'PKK Tata Boga', partnershipName: 'Katering Martapura' });
    await insertActivity(t, manager.institutionId, second.partnershipId, {
      title: 'Magang di rumah produksi',
      actualQuantity: 2,
      outcomeKind: 'internship_places',
      startedOn: '2026-09-01',
    });
    const entries = await download(
      manager,
      `/api/v1/evidence-pack?programme=${encodeURIComponent('pkw tas rajut barito')}`,
    );
    const names = [...entries.keys()];
    const folders = new Set(names.slice(1).map((n) => n.split('/')[0]));
    expect([...folders]).toEqual(['01-tas-rajut-rusmini', '02-tas-rajut-amuntai']);
    expect(names).toContain('02-tas-rajut-amuntai/monev/laporan-monev-2026.pdf');
    const index = await extractPdfText(entries.get('00-indeks.pdf')!);
    const text = flattenText(index.pages.join('\n'));
    expect(text).toContain('Kemitraan: Tas Rajut Rusmini');
    expect(text).toContain('Kemitraan: Tas Rajut Amuntai');
    expect(text).not.toContain('Katering Martapura');
    expect(text).toContain('Capaian seluruh program');
    // Both partnerships trained 18,5 each: the programme's total is 37.
    expect(index.pages.join('\n').split('\n')).toContain('Peserta didik terlatih 37');
  });

  it('breaks the download rather than leave out an evidence file the store has lost', async () => {
    const lost = await monevWorld(t, manager, { partnershipName: 'Berkas Hilang' });
    const fileId = await insertEvidence(t, manager.institutionId, lost.activityIds.training, {
      bytes: tinyPng(),
      originalName: 'hilang.png',
      mediaType: 'image/png',
    });
    const file = await t.deps.db
      .selectFrom('files')
      .select('storage_key')
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    await t.deps.files.remove(file.storage_key);
    // The connection is cut mid-stream: the client never sees a complete archive.
    await expect(
      manager.request('GET', `/api/v1/partnerships/${lost.partnershipId}/evidence-pack`),
    ).rejects.toThrow(/destroyed/);
  });

  it('answers 404 for another institution’s partnership or programme and for an unknown programme', async () => {
    const foreign = await outsider.request(
      'GET',
      `/api/v1/partnerships/${world.partnershipId}/evidence-pack`,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('PARTNERSHIP_NOT_FOUND');
    const foreignProgramme = await outsider.request(
      'GET',
      '/api/v1/evidence-pack?programme=PKW%20Tas%20Rajut%20Barito',
    );
    expect(foreignProgramme.statusCode).toBe(404);
    expect(foreignProgramme.json().error.code).toBe('PROGRAMME_NOT_FOUND');
    const unknown = await manager.request('GET', '/api/v1/evidence-pack?programme=Tidak%20Ada');
    expect(unknown.json().error.code).toBe('PROGRAMME_NOT_FOUND');
  });

  it('writes the index, the work plan and the names in English when that is the document language', async () => {
    const english = await signedInInstitution(t, 'admin');
    const profile = await english.request('GET', `/api/v1/institutions/${english.institutionId}`);
    const changed = await english.request('PATCH', `/api/v1/institutions/${english.institutionId}`, {
      documentLocale: 'en',
      version: profile.json<{ version: number }>().version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const englishWorld = await monevWorld(t, english, {
      programme: 'PKW Tas Rajut Barito',
      partnershipName: 'Tas Rajut Rusmini',
    });
    await insertEvidence(t, english.institutionId, englishWorld.activityIds.training, {
      bytes: tinyPng(),
      originalName: '漢字.png',
      mediaType: 'image/png',
    });

    const { disposition, entries } = await downloadOverHttp(
      english,
      `/api/v1/partnerships/${englishWorld.partnershipId}/evidence-pack`,
    );
    expect(disposition).toContain('evidence-pack-tas-rajut-rusmini.zip');
    const names = [...entries.keys()];
    expect(names[0]).toBe('00-index.pdf');
    expect(names.filter((n) => n.startsWith('agreements/'))).toHaveLength(1);
    expect(names).toContain('work-plans/work-plan-2026.pdf');
    expect(names).toContain('activities/01-pelatihan-merajut-angkatan-1/file.png');
    expect(names).toContain('monev/monev-report-2026.pdf');
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
      expect(name).not.toMatch(/^(00-indeks|perjanjian|rencana-kerja|kegiatan)\b|laporan-monev|berkas/);
    }

    const index = await pdfText(entries.get('00-index.pdf'));
    expect(index).toContain('PARTNERSHIP EVIDENCE PACK');
    expect(index).toContain('Partnership Tas Rajut Rusmini – PKW Tas Rajut Barito programme');
    expect(index).toContain('Prepared on 28 November 2026');
    expect(index).toContain('Partnership: Tas Rajut Rusmini');
    expect(index).toContain('Programme: PKW Tas Rajut Barito');
    expect(index).toContain('Activities recorded: 5; evidence files: 1');
    expect(index).toContain('Learners trained 18.5');
    expect(index).toContain('Internship and work placement places 0');
    expect(index).toContain('Contents');
    expect(index).toContain('00-index.pdf (this file)');
    expect(index).toMatch(/Page 1 of \d/);
    // The signed agreement's term, with English month names and "to".
    expect(index).toMatch(
      /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} to \d/,
    );
    for (const indonesian of [
      'PAKET BUKTI',
      'Disusun',
      'Kemitraan:',
      'Peserta didik terlatih',
      'Capaian',
      'Daftar Isi',
      'berkas ini',
      'Halaman',
      ' s.d. ',
      '18,5',
    ]) {
      expect(index, indonesian).not.toContain(indonesian);
    }

    const plan = await pdfText(entries.get('work-plans/work-plan-2026.pdf'));
    expect(plan).toContain('JOINT WORK PLAN 2026');
    expect(plan).toContain('Planned activities');
    expect(plan).toContain('2 March 2026 to 30 April');
    expect(plan).toContain('Rp15,000,000.00');
    expect(plan).toContain('Institution Rp7,500,000.00');
    expect(plan).toContain('Total budget Rp15,000,000.00');
    expect(plan).toContain('Page 1 of 1');
    for (const indonesian of [
      'RENCANA KERJA',
      'Butir Kegiatan',
      'Maret',
      'Rp15.000.000,00',
      'Halaman',
      'Jumlah anggaran',
    ]) {
      expect(plan, indonesian).not.toContain(indonesian);
    }

    const programme = await downloadOverHttp(
      english,
      `/api/v1/evidence-pack?programme=${encodeURIComponent('PKW Tas Rajut Barito')}`,
    );
    expect(programme.disposition).toContain('evidence-pack-programme-pkw-tas-rajut-barito.zip');
    expect([...programme.entries.keys()]).toContain('01-tas-rajut-rusmini/work-plans/work-plan-2026.pdf');
    const programmeIndex = await pdfText(programme.entries.get('00-index.pdf'));
    expect(programmeIndex).toContain('PKW Tas Rajut Barito programme (1 partnership)');
    expect(programmeIndex).not.toContain('(1 kemitraan)');
  }, 60_000);
});
