import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  agreementRowCounts,
  institutionSignatory,
  ksoDraftVia,
  partnerSignatory,
  pksArticleTitles,
  requestSignaturesVia,
} from '../../../../tests/factories/agreements';
import { docxPlainText } from '../../../../tests/factories/docx-text';
import { extractPdfText, flattenText } from '../../../../tests/factories/pdf-text';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { drawnSignaturePng, signatureForm } from '../../../../tests/factories/signatures';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Agreement } from '../../../shared/contracts/agreements';

/** Tuesday 10 March 2026, 10.00 WITA. */
const now = new Date('2026-03-10T02:00:00.000Z');

describeEachDatabase('agreement review, renewal and termination (guide steps 6 and 11)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const written = () => agreementRowCounts(t);
  const ksoDraft = () => ksoDraftVia(manager);

  it('lets the partner read, comment and approve through a review link, for this agreement only', async () => {
    const draft = await ksoDraft();
    const other = await ksoDraft();
    const issued = await manager.request('POST', `/api/v1/agreements/${draft.id}/review-links`, {
      recipientName: 'Hj. Rusmini',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const link = issued.json<{ url: string; whatsappUrl: string; message: string }>();
    expect(link.url).toMatch(new RegExp(`/tautan/kesepakatan/${draft.id}/[^/]+$`));
    expect(link.message).toContain('Bapak/Ibu Hj. Rusmini');
    const token = link.url.split('/').at(-1)!;
    const publicBase = `/api/v1/public/agreements/${draft.id}/review/${token}`;

    const read = await t.app.inject({ method: 'GET', url: publicBase });
    expect(read.statusCode).toBe(200);
    const review = read.json<{ articles: { title: string }[]; versionNumber: number; status: string }>();
    expect(review.articles.map((article) => article.title)).toEqual(pksArticleTitles);
    expect(review.status).toBe('in_review');

    const comment = await t.app.inject({
      method: 'POST',
      url: `${publicBase}/comments`,
      payload: {
        authorName: 'Hj. Rusmini',
        body: 'Mohon bagi hasil ditinjau ulang.',
        articleTitle: 'Pola Kemitraan',
      },
    });
    expect(comment.statusCode).toBe(201);
    const internal = await manager.request('GET', `/api/v1/agreements/${draft.id}/comments`);
    expect(internal.json().items).toContainEqual(
      expect.objectContaining({ authorKind: 'partner', body: 'Mohon bagi hasil ditinjau ulang.' }),
    );

    const stale = await t.app.inject({
      method: 'POST',
      url: `${publicBase}/approval`,
      payload: { name: 'Hj. Rusmini', position: 'Pemilik Usaha', versionNumber: review.versionNumber + 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('AGREEMENT_VERSION_STALE');
    const approved = await t.app.inject({
      method: 'POST',
      url: `${publicBase}/approval`,
      payload: { name: 'Hj. Rusmini', position: 'Pemilik Usaha', versionNumber: review.versionNumber },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const after = await manager.request('GET', `/api/v1/agreements/${draft.id}`);
    expect(after.json().review.partnerApprovedName).toBe('Hj. Rusmini (Pemilik Usaha)');

    const before = await written();
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/agreements/${other.id}/review/${token}/comments`,
      payload: { authorName: 'Hj. Rusmini', body: 'Salah alamat' },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe('LINK_NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  /** Numbered, signed by the institution and, through the one-time link, by the partner: active. */
  async function activeAgreement(): Promise<Agreement> {
    const awaiting = await requestSignaturesVia(manager, await ksoDraft());
    const png = await drawnSignaturePng();
    const institutionForm = signatureForm({
      method: 'drawn',
      confirmName: institutionSignatory.name,
      confirmPosition: institutionSignatory.position,
      versionNumber: awaiting.currentVersion,
      file: png,
    });
    const signed = await manager.request(
      'POST',
      `/api/v1/agreements/${awaiting.id}/signatures`,
      institutionForm.payload,
      institutionForm.headers,
    );
    expect(signed.statusCode, signed.body).toBe(201);
    const link = await manager.request('POST', `/api/v1/agreements/${awaiting.id}/signing-links`, {});
    const token = link.json<{ url: string }>().url.split('/').at(-1)!;
    const partnerForm = signatureForm({
      method: 'drawn',
      confirmName: partnerSignatory.name,
      confirmPosition: partnerSignatory.position,
      versionNumber: awaiting.currentVersion,
      file: png,
    });
    const partnerSigned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/agreements/${awaiting.id}/signing/${token}`,
      payload: partnerForm.payload,
      headers: partnerForm.headers,
    });
    expect(partnerSigned.statusCode, partnerSigned.body).toBeLessThan(300);
    const active = await manager.request('GET', `/api/v1/agreements/${awaiting.id}`);
    expect(active.json().storedStatus).toBe('active');
    return active.json<Agreement>();
  }

  it('renews an active agreement unchanged or with an addendum as linked agreements, and ends one early', async () => {
    const draft = await ksoDraft();
    const notYet = await manager.request('POST', `/api/v1/agreements/${draft.id}/extensions`, {
      mode: 'unchanged',
      startsOn: '2027-04-01',
      endsOn: '2028-03-31',
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('AGREEMENT_NOT_EXTENDABLE');

    const parent = await activeAgreement();
    const signedPatch = await manager.request('PATCH', `/api/v1/agreements/${parent.id}`, {
      version: parent.version,
      subject: 'Kerja sama lain',
    });
    expect(signedPatch.statusCode).toBe(409);
    expect(signedPatch.json().error.code).toBe('AGREEMENT_SIGNED');

    const extended = await manager.request('POST', `/api/v1/agreements/${parent.id}/extensions`, {
      mode: 'unchanged',
      startsOn: '2027-04-01',
      endsOn: '2028-03-31',
    });
    expect(extended.statusCode, extended.body).toBe(201);
    expect(extended.json()).toMatchObject({
      kind: 'extension',
      status: 'draft',
      parentAgreementId: parent.id,
      startsOn: '2027-04-01',
      endsOn: '2028-03-31',
      terms: parent.terms,
      numbers: { institution: null },
    });
    const docx = await manager.request(
      'GET',
      `/api/v1/agreements/${extended.json().id}/document?format=docx`,
    );
    const text = flattenText(await docxPlainText(docx.rawPayload));
    expect(text).toContain('PERPANJANGAN PERJANJIAN KERJA SAMA');
    expect(text).toContain(parent.numbers.institution!);

    const amended = await manager.request('POST', `/api/v1/agreements/${parent.id}/extensions`, {
      mode: 'with_addendum',
      startsOn: '2027-04-01',
      endsOn: '2028-03-31',
      changes: ['Bagi hasil menjadi 50 persen untuk masing-masing pihak.'],
    });
    expect(amended.statusCode, amended.body).toBe(201);
    expect(amended.json().kind).toBe('addendum');
    expect(amended.json().changes[0]).toBe('Bagi hasil menjadi 50 persen untuk masing-masing pihak.');

    const after = await manager.request('GET', `/api/v1/agreements/${parent.id}`);
    expect(after.json().childAgreementIds).toEqual([extended.json().id, amended.json().id]);
    const chain = await manager.request('GET', `/api/v1/partnerships/${parent.partnershipId}/agreements`);
    expect(chain.json().items.map((item: Agreement) => [item.id, item.parentAgreementId])).toEqual([
      [parent.id, null],
      [extended.json().id, parent.id],
      [amended.json().id, parent.id],
    ]);

    const terminated = await manager.request('POST', `/api/v1/agreements/${parent.id}/termination`, {
      reason: 'Mitra menghentikan produksi tas rajut.',
      version: after.json().version,
    });
    expect(terminated.statusCode, terminated.body).toBe(200);
    expect(terminated.json()).toMatchObject({
      status: 'terminated',
      terminationReason: 'Mitra menghentikan produksi tas rajut.',
    });
    const pdf = await manager.request('GET', `/api/v1/agreements/${parent.id}/document?format=pdf`);
    expect(pdf.rawPayload.equals(await storedFinalBytes(parent.id))).toBe(true);
  });

  async function storedFinalBytes(agreementId: string): Promise<Buffer> {
    const row = await t.deps.db
      .selectFrom('agreements')
      .innerJoin('files', 'files.id', 'agreements.final_file_id')
      .select('files.storage_key')
      .where('agreements.id', '=', agreementId)
      .executeTakeFirstOrThrow();
    return t.deps.files.read(row.storage_key);
  }

  it('prints a berita acara of the agreement’s parties and a page of its list, newest change first', async () => {
    const draft = await ksoDraft();
    const response = await manager.request('POST', `/api/v1/agreements/${draft.id}/berita-acara`, {
      kind: 'monitoring_visit',
      format: 'pdf',
      heldOn: '2026-05-04',
      place: 'Martapura',
      points: ['18 dari 20 peserta didik telah lulus uji kompetensi.'],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = flattenText((await extractPdfText(response.rawPayload)).pages.join('\n'));
    for (const expected of [
      'BERITA ACARA KUNJUNGAN MONITORING',
      'Rumah Rajut Hj. Rusmini',
      '18 dari 20 peserta didik telah lulus uji kompetensi.',
      'Martapura',
    ]) {
      expect(text).toContain(expected);
    }

    const later = await ksoDraft();
    const first = await manager.request('GET', '/api/v1/agreements?limit=1');
    expect(first.json().items.map((item: Agreement) => item.id)).toEqual([later.id]);
    const second = await manager.request(
      'GET',
      `/api/v1/agreements?limit=1&cursor=${encodeURIComponent(first.json().nextCursor)}`,
    );
    expect(second.json().items.map((item: Agreement) => item.id)).toEqual([draft.id]);
  });

  it('hides another institution’s agreements behind 404', async () => {
    const draft = await ksoDraft();
    for (const url of [
      `/api/v1/agreements/${draft.id}`,
      `/api/v1/agreements/${draft.id}/versions`,
      `/api/v1/agreements/${draft.id}/document?format=pdf`,
    ]) {
      const response = await outsider.request('GET', url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('AGREEMENT_NOT_FOUND');
    }
    const list = await outsider.request('GET', '/api/v1/agreements');
    expect(list.json().items).toEqual([]);
  });
});
