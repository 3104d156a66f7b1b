import { createHash } from 'node:crypto';
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

  it('packs the index, the signed agreement, the plan, every evidence file byte for byte and the monev report', async () => {
    const entries = await download(manager, `/api/v1/partnerships/${world.partnershipId}/evidence-pack`);
    const names = [...entries.keys()];
    expect(names[0]).toBe('00-indeks.pdf');
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
});
