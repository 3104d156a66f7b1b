import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  contactBody,
  createContactVia,
  createPartnerVia,
  partnerBody,
} from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { snapshotTables } from '../../../../tests/factories/table-snapshot';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('partner registry (step 1)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const ids = (response: { json(): { items: { id: string }[] } }) =>
    response.json().items.map((item) => item.id);

  it('maps a partner with a contact; the phone is stored as E.164 and every fragment finds it', async () => {
    const partner = await createPartnerVia(facilitator, {
      name: 'Sanggar Rajut Cempaka',
      tags: ['rajut', 'PKW'],
    });
    await createContactVia(facilitator, partner.id, {
      name: 'Bapak Syahrani',
      phone: '6281351234567',
      email: 'syahrani@cempaka.id',
    });
    const detail = (await facilitator.request('GET', `/api/v1/partners/${partner.id}`)).json();
    expect(detail.contacts[0]).toMatchObject({
      phone: '+6281351234567',
      whatsApp: true,
      legalBasis: 'consent',
    });
    expect(detail.tags).toEqual(['pkw', 'rajut']);
    expect(detail.region).toEqual({
      provinceCode: '63',
      regencyCode: '63.72',
      districtCode: null,
      villageCode: null,
    });

    for (const q of ['1351234', '0813-5123', 'syahrani', 'cempaka.id', 'Rajut Cemp']) {
      const found = await facilitator.request('GET', `/api/v1/partners?q=${encodeURIComponent(q)}`);
      expect(found.statusCode, found.body).toBe(200);
      expect(ids(found), q).toContain(partner.id);
    }
    const elsewhere = await other.request('GET', `/api/v1/partners?q=${encodeURIComponent('syahrani')}`);
    expect(ids(elsewhere)).not.toContain(partner.id);
  });

  it('filters by category, region at any level, needs, offers and tag, and pages by cursor', async () => {
    const cooperative = await createPartnerVia(facilitator, {
      category: 'cooperative',
      region: { provinceCode: '63', regencyCode: '63.03' },
      needs: ['market_access'],
      offers: [],
      tags: ['koperasi'],
    });
    const url = (query: string) => `/api/v1/partners?limit=200&${query}`;
    expect(ids(await facilitator.request('GET', url('category=cooperative')))).toEqual([cooperative.id]);
    expect(ids(await facilitator.request('GET', url('regionCode=63.03')))).toEqual([cooperative.id]);
    expect(ids(await facilitator.request('GET', url('regionCode=63')))).toContain(cooperative.id);
    expect(ids(await facilitator.request('GET', url('needs=market_access')))).toEqual([cooperative.id]);
    expect(ids(await facilitator.request('GET', url('tag=koperasi')))).toEqual([cooperative.id]);
    expect(ids(await facilitator.request('GET', url('offers=internship_places')))).not.toContain(
      cooperative.id,
    );

    for (let i = 0; i < 4; i += 1) await createPartnerVia(facilitator);
    const first = (await facilitator.request('GET', '/api/v1/partners?limit=2')).json();
    const all: string[] = [...first.items.map((p: { id: string }) => p.id)];
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page = (await facilitator.request('GET', `/api/v1/partners?limit=2&cursor=${cursor}`)).json();
      all.push(...page.items.map((p: { id: string }) => p.id));
      cursor = page.nextCursor;
    }
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(first.total);
    expect(first.totalCapped).toBe(false);
  });

  const badPartners: [string, Record<string, unknown>, string[], string][] = [
    [
      'a NIB of 12 digits',
      { identifiers: { nib: '123456789012' } },
      ['body', 'identifiers', 'nib'],
      'NIB_FORMAT',
    ],
    [
      'an unknown regency',
      { region: { provinceCode: '63', regencyCode: '63.99' } },
      ['body', 'region', 'regencyCode'],
      'REGION_NOT_FOUND',
    ],
    [
      'a regency of another province',
      { region: { provinceCode: '63', regencyCode: '64.71' } },
      ['body', 'region', 'regencyCode'],
      'REGION_NOT_IN_PARENT',
    ],
    ['a point outside Indonesia', { location: { lat: 48.85, lng: 2.35 } }, ['body', 'location', 'lat'], ''],
    [
      'an unknown category',
      { category: 'custom:tidak-ada' },
      ['body', 'category'],
      'PARTNER_CATEGORY_UNKNOWN',
    ],
    ['a website that is not http', { website: 'javascript:alert(1)' }, ['body', 'website'], ''],
  ];

  it.each(badPartners)(
    'refuses %s with a coded 400 and writes nothing',
    async (_name, overrides, path, message) => {
      const before = await snapshotTables(t.deps.db);
      const response = await facilitator.request('POST', '/api/v1/partners', partnerBody(overrides));
      expect(response.statusCode, response.body).toBe(400);
      const details = response.json().error.details as { path: string[]; message: string }[];
      expect(
        details.some(
          (d) => JSON.stringify(d.path) === JSON.stringify(path) && (!message || d.message === message),
        ),
        response.body,
      ).toBe(true);
      expect(await snapshotTables(t.deps.db)).toBe(before);
    },
  );

  const badContacts: [string, Record<string, unknown>, string][] = [
    ['phone "abc"', { phone: 'abc' }, 'PHONE_INVALID'],
    ['an email without @', { email: 'rusmini.rumahrajut.id' }, ''],
    ['consent as basis without a consent record', { consent: null }, 'CONSENT_RECORD_REQUIRED'],
    [
      'a religion without consent',
      { legalBasis: 'legitimate_interest', consent: null, religion: 'islam' },
      'RELIGION_NEEDS_CONSENT',
    ],
  ];

  it.each(badContacts)('refuses a contact with %s and writes nothing', async (_name, overrides, message) => {
    const partner = await createPartnerVia(facilitator);
    const before = await snapshotTables(t.deps.db);
    const response = await facilitator.request(
      'POST',
      `/api/v1/partners/${partner.id}/contacts`,
      contactBody(overrides),
    );
    expect(response.statusCode, response.body).toBe(400);
    if (message) expect(response.body).toContain(message);
    expect(await snapshotTables(t.deps.db)).toBe(before);
  });

  it('warns of likely duplicates (same NIB, similar name in the regency) and saves when confirmed', async () => {
    const original = await createPartnerVia(facilitator, {
      name: 'CV. Tas Anyaman Martapura',
      identifiers: { nib: '9120001234567' },
    });
    const sameNib = await facilitator.request(
      'POST',
      '/api/v1/partners',
      partnerBody({ name: 'Lain Sama Sekali', identifiers: { nib: '9120001234567' } }),
    );
    expect(sameNib.statusCode).toBe(409);
    expect(sameNib.json().error.details.candidates).toEqual([
      { id: original.id, name: 'CV. Tas Anyaman Martapura', reasons: ['same_nib'] },
    ]);
    const similar = await facilitator.request(
      'POST',
      '/api/v1/partners',
      partnerBody({ name: 'Tas Anyaman Martapura' }),
    );
    expect(similar.statusCode).toBe(409);
    expect(similar.json().error.details.candidates[0].reasons).toContain('similar_name');
    const confirmed = await facilitator.request('POST', '/api/v1/partners', {
      ...partnerBody({ name: 'Tas Anyaman Martapura' }),
      confirmDuplicates: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('edits with version (409 when stale), keeps search current, and audits each change', async () => {
    const partner = await createPartnerVia(facilitator, { name: 'Toko Oleh-Oleh Kalimantan' });
    const renamed = await facilitator.request('PATCH', `/api/v1/partners/${partner.id}`, {
      version: partner.version,
      name: 'Galeri Sasirangan Banjarbaru',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().version).toBe(partner.version + 1);
    const stale = await facilitator.request('PATCH', `/api/v1/partners/${partner.id}`, {
      version: partner.version,
      sector: 'Oleh-oleh',
    });
    expect(stale.statusCode).toBe(409);
    expect(ids(await facilitator.request('GET', '/api/v1/partners?q=Sasirangan'))).toContain(partner.id);
    expect(ids(await facilitator.request('GET', '/api/v1/partners?q=Oleh-Oleh'))).not.toContain(partner.id);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_id', '=', partner.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['partner.created', 'partner.updated']);
  });

  it('a viewer reads but cannot write; a short search is refused', async () => {
    const viewer = await signedInInstitution(t, 'viewer');
    expect((await viewer.request('GET', '/api/v1/partners')).statusCode).toBe(200);
    expect((await viewer.request('POST', '/api/v1/partners', partnerBody())).statusCode).toBe(403);
    expect((await viewer.request('GET', '/api/v1/partners?q=ab')).statusCode).toBe(400);
  });
});
