import { afterAll, beforeAll, expect, it } from 'vitest';
import { agencyTerms, ksoTerms } from '../../../../tests/factories/agreement-documents';
import {
  agreementBody,
  agreementRowCounts,
  createAgreementVia,
  institutionSignatory,
  ksoDraftVia,
  ksoPartnershipVia,
  partnerSignatory,
  pksArticleTitles,
  requestSignaturesVia,
} from '../../../../tests/factories/agreements';
import { docxPlainText, readDocxXml } from '../../../../tests/factories/docx-text';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { extractPdfText, flattenText } from '../../../../tests/factories/pdf-text';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Agreement } from '../../../shared/contracts/agreements';

/** Tuesday 10 March 2026, 10.00 WITA. */
const now = new Date('2026-03-10T02:00:00.000Z');

describeEachDatabase('agreements (guide steps 6 and 11)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
    await t.deps.db
      .updateTable('institutions')
      .set({ unit_code: 'LKP-TRB', document_number_pattern: '{seq:3}/{kind}/{unit}/{monthRoman}/{year}' })
      .where('id', '=', manager.institutionId)
      .execute();
  });
  afterAll(() => t.close());

  const written = () => agreementRowCounts(t);
  const ksoDraft = (overrides: Parameters<typeof agreementBody>[2] = {}) => ksoDraftVia(manager, overrides);
  const ksoPartnership = (session: Session = manager) => ksoPartnershipVia(session);

  it('drafts an MoU and a PKS for a KSO partnership, each with version 1 and an audit row', async () => {
    const { partner, partnership } = await ksoPartnership();
    const mou = await createAgreementVia(manager, {
      partnershipId: partnership.id,
      partnerId: partner.id,
      kind: 'mou',
      terms: ksoTerms,
    });
    const pks = await createAgreementVia(manager, {
      partnershipId: partnership.id,
      partnerId: partner.id,
      terms: ksoTerms,
    });
    expect(mou).toMatchObject({
      kind: 'mou',
      status: 'draft',
      pattern: 'operational_cooperation',
      patternName: 'Kerja Sama Operasional',
      currentVersion: 1,
      partnerName: 'Rumah Rajut Hj. Rusmini',
      numbers: { institution: null, partner: null },
      signatories: { institution: institutionSignatory, partner: partnerSignatory },
    });
    expect(pks.terms).toMatchObject({ profitSharing: { institution: 60, partner: 40 } });
    const versions = await manager.request('GET', `/api/v1/agreements/${pks.id}/versions`);
    expect(versions.json().items).toHaveLength(1);
    const chain = await manager.request('GET', `/api/v1/partnerships/${partnership.id}/agreements`);
    expect(chain.json().items.map((item: Agreement) => item.id)).toEqual([mou.id, pks.id]);
    const list = await manager.request('GET', `/api/v1/agreements?partnershipId=${partnership.id}&kind=mou`);
    expect(list.json().items.map((item: Agreement) => item.id)).toEqual([mou.id]);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', pks.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['agreement.created']);
  });

  it('refuses bad drafts with coded answers and writes nothing', async () => {
    const { partner, partnership } = await ksoPartnership();
    const stranger = await createPartnerVia(manager, { confirmDuplicates: true });
    const before = await written();
    const body = (overrides: Parameters<typeof agreementBody>[2]) =>
      agreementBody(partnership.id, partner.id, { terms: ksoTerms, ...overrides });

    const shares = await manager.request(
      'POST',
      '/api/v1/agreements',
      body({ terms: { ...ksoTerms, profitSharing: { institution: 70, partner: 20 } } as typeof ksoTerms }),
    );
    expect(shares.statusCode).toBe(422);
    expect(shares.json().error.code).toBe('PROFIT_SHARES_NOT_100');
    expect(shares.json().error.details).toContainEqual(
      expect.objectContaining({ path: ['body', 'terms', 'profitSharing'], message: 'PROFIT_SHARES_NOT_100' }),
    );

    const period = await manager.request(
      'POST',
      '/api/v1/agreements',
      body({ startsOn: '2027-03-31', endsOn: '2026-04-01' }),
    );
    expect(period.statusCode).toBe(422);
    expect(period.json().error.code).toBe('AGREEMENT_PERIOD_INVALID');

    const noPosition = await manager.request(
      'POST',
      '/api/v1/agreements',
      body({
        signatories: {
          institution: institutionSignatory,
          partner: { name: 'Ibu Hj. Rusmini', position: '' },
        },
      }),
    );
    expect(noPosition.statusCode).toBe(400);
    expect(noPosition.json().error.code).toBe('VALIDATION_FAILED');
    expect(noPosition.json().error.details).toContainEqual(
      expect.objectContaining({ path: ['body', 'signatories', 'partner', 'position'] }),
    );

    const outside = await manager.request(
      'POST',
      '/api/v1/agreements',
      agreementBody(partnership.id, stranger.id, { terms: ksoTerms }),
    );
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('AGREEMENT_PARTNER_NOT_IN_PARTNERSHIP');

    const mismatch = await manager.request('POST', '/api/v1/agreements', body({ terms: agencyTerms }));
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error.code).toBe('AGREEMENT_TERMS_PATTERN_MISMATCH');

    expect(await written()).toEqual(before);
  });

  it('finds agreements by a subject holding % or _ as those very characters', async () => {
    const searcher = await signedInInstitution(t, 'manager');
    const subjects = ['Magang_2027 tata boga', 'Bagi hasil 100% produksi', 'Magang 2027 tata rias'];
    for (const subject of subjects) await ksoDraftVia(searcher, { subject });
    const found = async (q: string) => {
      const page = await searcher.request('GET', `/api/v1/agreements?q=${encodeURIComponent(q)}`);
      expect(page.statusCode, page.body).toBe(200);
      return (page.json().items as { subject: string }[]).map((item) => item.subject).sort();
    };
    expect(await found('magang_')).toEqual(['Magang_2027 tata boga']);
    expect(await found('100%')).toEqual(['Bagi hasil 100% produksi']);
    expect(await found('%')).toEqual(['Bagi hasil 100% produksi']);
    expect(await found('MAGANG')).toEqual(['Magang 2027 tata rias', 'Magang_2027 tata boga']);
  });

  it('keeps every edit as a version, compares them word by word and refuses stale or frozen edits', async () => {
    const draft = await ksoDraft();
    const edited = await manager.request('PATCH', `/api/v1/agreements/${draft.id}`, {
      version: draft.version,
      terms: { ...ksoTerms, profitSharing: { institution: 55, partner: 45 } } as typeof ksoTerms,
      versionNote: 'Bagi hasil diubah 55/45',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ currentVersion: 2, version: draft.version + 1 });

    const versions = await manager.request('GET', `/api/v1/agreements/${draft.id}/versions`);
    expect(versions.json().items.map((item: { number: number; note: string | null }) => item.number)).toEqual(
      [2, 1],
    );
    expect(versions.json().items[0].note).toBe('Bagi hasil diubah 55/45');

    const compare = await manager.request(
      'GET',
      `/api/v1/agreements/${draft.id}/versions/compare?from=1&to=2`,
    );
    expect(compare.statusCode).toBe(200);
    const comparison = compare.json<{
      articles: {
        title: string;
        change: string;
        parts: { value: string; added: boolean; removed: boolean }[];
      }[];
      changedFields: string[];
    }>();
    expect(comparison.changedFields).toEqual(['terms']);
    const pattern = comparison.articles.find((article) => article.title === 'Pola Kemitraan')!;
    expect(pattern.change).toBe('changed');
    const removed = pattern.parts
      .filter((part) => part.removed)
      .map((part) => part.value)
      .join(' ');
    const added = pattern.parts
      .filter((part) => part.added)
      .map((part) => part.value)
      .join(' ');
    expect(removed).toContain('60');
    expect(added).toContain('55');
    expect(comparison.articles.find((article) => article.title === 'Penutup')!.change).toBe('same');

    const stale = await manager.request('PATCH', `/api/v1/agreements/${draft.id}`, {
      version: draft.version,
      subject: 'Kerja sama lain',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const awaiting = await requestSignaturesVia(manager, draft);
    expect(awaiting.storedStatus).toBe('awaiting_signatures');
    const before = await written();
    const frozen = await manager.request('PATCH', `/api/v1/agreements/${draft.id}`, {
      version: awaiting.version,
      subject: 'Kerja sama lain',
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.code).toBe('AGREEMENT_NOT_EDITABLE');
    expect(await written()).toEqual(before);
  });

  it('numbers agreements by the institution’s pattern, never twice, and starts again in January', async () => {
    const first = await requestSignaturesVia(manager, await ksoDraft());
    const sequence = Number(first.numbers.institution!.slice(0, 3));
    expect(first.numbers.institution).toMatch(/^\d{3}\/PKS\/LKP-TRB\/III\/2026$/);

    const [a, b, c] = await Promise.all([ksoDraft(), ksoDraft({ kind: 'mou' }), ksoDraft()]);
    const numbered = await Promise.all([a, b, c].map((draft) => requestSignaturesVia(manager, draft)));
    const numbers = numbered.map((agreement) => agreement.numbers.institution!);
    expect(new Set(numbers).size).toBe(3);
    expect(numbers.map((number) => Number(number.slice(0, 3))).sort()).toEqual([
      sequence + 1,
      sequence + 2,
      sequence + 3,
    ]);
    expect(numbers.filter((number) => number.includes('/MOU/'))).toHaveLength(1);

    try {
      t.clock.set(new Date('2027-01-05T02:00:00.000Z'));
      // Sessions of 2026 have lapsed by then: a colleague signs in on the day.
      const user = await createUserFixture(t, manager.institutionId, 'manager');
      const colleague = await logInAs(t, user.email);
      const { partner, partnership } = await ksoPartnership(colleague);
      const draft = await createAgreementVia(colleague, {
        partnershipId: partnership.id,
        partnerId: partner.id,
        kind: 'mou',
        terms: ksoTerms,
        startsOn: '2027-02-01',
        endsOn: '2028-01-31',
      });
      const january = await requestSignaturesVia(colleague, draft);
      expect(january.numbers.institution).toBe('001/MOU/LKP-TRB/I/2027');
    } finally {
      t.clock.set(now);
    }

    const incomplete = await ksoDraft({ terms: null });
    const before = await written();
    const refused = await manager.request('POST', `/api/v1/agreements/${incomplete.id}/signing-requests`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'AGREEMENT_NOT_READY',
      details: { missing: ['terms'] },
    });
    expect(await written()).toEqual(before);
  });

  it('renders the draft and the numbered agreement to DOCX and PDF with the parties, articles and amounts', async () => {
    const draft = await requestSignaturesVia(manager, await ksoDraft());
    const number = draft.numbers.institution!;

    const docx = await manager.request('GET', `/api/v1/agreements/${draft.id}/document?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('attachment');
    const xml = await readDocxXml(docx.rawPayload);
    const text = flattenText(await docxPlainText(docx.rawPayload));
    expect(xml).toContain('<w:document');
    for (const expected of ['Rumah Rajut Hj. Rusmini', institutionSignatory.name, number, 'Rp1.500.000,00']) {
      expect(text).toContain(expected);
    }
    for (const title of pksArticleTitles) expect(text).toContain(title);

    const pdf = await manager.request('GET', `/api/v1/agreements/${draft.id}/document?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = await extractPdfText(pdf.rawPayload);
    const pdfText = flattenText(pages.pages.join('\n'));
    for (const expected of ['Rumah Rajut Hj. Rusmini', number, 'Rp1.500.000,00', 'Halaman 1 dari', 'DRAF']) {
      expect(pdfText).toContain(expected);
    }
    for (const title of pksArticleTitles) expect(pdfText).toContain(title);

    const firstVersion = await manager.request(
      'GET',
      `/api/v1/agreements/${draft.id}/document?format=pdf&version=9`,
    );
    expect(firstVersion.statusCode).toBe(404);
    expect(firstVersion.json().error.code).toBe('AGREEMENT_VERSION_NOT_FOUND');
  });

  it('keeps a versioned clause library whose wording reaches the next draft', async () => {
    const draft = await ksoDraft();
    const before = await written();
    const unknown = await manager.request('PUT', '/api/v1/clause-templates/closing', {
      agreementKind: 'pks',
      body: 'Ditandatangani oleh {{mitra.nama}} dan {{partner.name}}.',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({
      code: 'CLAUSE_PLACEHOLDER_UNKNOWN',
      details: { unknown: ['mitra.nama'] },
    });
    const noKey = await manager.request('PUT', '/api/v1/clause-templates/pasal-rahasia', {
      agreementKind: 'pks',
      body: 'Teks.',
    });
    expect(noKey.statusCode).toBe(404);
    expect(noKey.json().error.code).toBe('CLAUSE_KEY_UNKNOWN');
    expect(await written()).toEqual(before);

    const wording =
      'Perjanjian ini dibuat rangkap dua bermeterai cukup, dipegang oleh {{institution.name}} dan {{partner.name}}.';
    const saved = await manager.request('PUT', '/api/v1/clause-templates/closing', {
      agreementKind: 'pks',
      body: wording,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().items.find((item: { key: string }) => item.key === 'closing')).toMatchObject({
      body: wording,
      version: 1,
      isDefault: false,
    });
    const docx = await manager.request('GET', `/api/v1/agreements/${draft.id}/document?format=docx`);
    expect(flattenText(await docxPlainText(docx.rawPayload))).toContain(
      'dipegang oleh ' + (await institutionName()) + ' dan Rumah Rajut Hj. Rusmini',
    );

    const reset = await manager.request('DELETE', '/api/v1/clause-templates/closing?kind=pks');
    expect(reset.json().items.find((item: { key: string }) => item.key === 'closing').isDefault).toBe(true);
    const history = await manager.request('GET', '/api/v1/clause-templates/closing/versions?kind=pks');
    expect(history.json().items.map((item: { version: number }) => item.version)).toEqual([2, 1]);
    const otherInstitution = await outsider.request('GET', '/api/v1/clause-templates?kind=pks');
    expect(
      otherInstitution.json().items.find((item: { key: string }) => item.key === 'closing').isDefault,
    ).toBe(true);
  });

  async function institutionName(): Promise<string> {
    const row = await t.deps.db
      .selectFrom('institutions')
      .select('name')
      .where('id', '=', manager.institutionId)
      .executeTakeFirstOrThrow();
    return row.name;
  }
});
