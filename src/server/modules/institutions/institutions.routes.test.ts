import { afterAll, beforeAll, expect, it } from 'vitest';
import { tinyPng } from '../../../../tests/factories/files';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { snapshotTables } from '../../../../tests/factories/table-snapshot';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('institution profile', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    url = `/api/v1/institutions/${manager.institutionId}`;
  });
  afterAll(() => t.close());

  it('reads and changes the profile, writing one audit row with before and after', async () => {
    const current = (await manager.request('GET', url)).json();
    const response = await manager.request('PATCH', url, {
      version: current.version,
      npsn: 'k5634127',
      address: 'Jl. Panglima Batur No. 12, Banjarbaru',
      operatingLicenceNumber: '421.9/015/DISDIK/2022',
      accreditationBody: 'BAN PAUD dan PNF',
      accreditationGrade: 'B',
      accreditationExpiresOn: '2028-11-30',
      unitCode: 'LKP-TRB',
      documentNumberPattern: '{seq:3}/{kind}/{unit}/{monthRoman}/{year}',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.npsn).toBe('K5634127');
    expect(body.accreditation).toEqual({
      body: 'BAN PAUD dan PNF',
      grade: 'B',
      decreeNumber: null,
      expiresOn: '2028-11-30',
    });
    expect(body.version).toBe(current.version + 1);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', manager.institutionId)
      .where('action', '=', 'institution.updated')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json!).npsn).toBeNull();
    expect(JSON.parse(audit[0]!.after_json!).npsn).toBe('K5634127');
    expect(audit[0]!.request_id).toBe(response.headers['x-request-id']);
  });

  it('a stale version is 409 and changes nothing', async () => {
    const before = await snapshotTables(t.deps.db);
    const response = await manager.request('PATCH', url, { version: 1, address: 'Alamat lama' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('VERSION_CONFLICT');
    expect(await snapshotTables(t.deps.db)).toBe(before);
  });

  const badBodies: [string, unknown, number, string][] = [
    ['an NPSN of the wrong shape', { version: 2, npsn: '1234567' }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { version: 2, institutionId: 'lain' }, 400, 'VALIDATION_FAILED'],
    ['a wrong type', { version: '2', name: 42 }, 400, 'VALIDATION_FAILED'],
    ['a bad region code', { version: 2, regionCode: '63-72' }, 400, 'VALIDATION_FAILED'],
    ['an unknown region code', { version: 2, regionCode: '63.99' }, 400, 'VALIDATION_FAILED'],
    [
      'a number pattern without a sequence',
      { version: 2, documentNumberPattern: '{kind}/{year}' },
      400,
      'VALIDATION_FAILED',
    ],
    ['a time zone that is not WIB, WITA or WIT', { version: 2, timeZone: 'UTC' }, 400, 'VALIDATION_FAILED'],
    ['an oversize body', { version: 2, address: 'x'.repeat(300_000) }, 413, 'PAYLOAD_TOO_LARGE'],
  ];

  it.each(badBodies)('%s gets a coded %i and writes nothing', async (_name, body, status, code) => {
    const before = await snapshotTables(t.deps.db);
    const response = await manager.request('PATCH', url, body);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.requestId).toBeTruthy();
    expect(await snapshotTables(t.deps.db)).toBe(before);
  });

  it('malformed JSON and a wrong content type are coded 4xx, never 500', async () => {
    const malformed = await manager.request('PATCH', url, '{"version": 2,', {
      'content-type': 'application/json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    const wrongType = await manager.request('PATCH', url, 'version=2', { 'content-type': 'text/plain' });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const field = await manager.request('PATCH', url, { version: 2, npsn: 'K12' });
    expect(field.json().error.details[0].path).toEqual(['body', 'npsn']);
  });

  it('accepts a PNG logo checked by its bytes, serves it back, and refuses a disguised file', async () => {
    const png = tinyPng();
    const upload = await manager.request('PUT', `${url}/logo`, png, { 'content-type': 'image/png' });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json().hasLogo).toBe(true);
    const download = await manager.request('GET', `${url}/logo`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.rawPayload, png)).toBe(0);

    const before = await snapshotTables(t.deps.db);
    const html = await manager.request('PUT', `${url}/logo`, Buffer.from('<html><script>alert(1)</script>'), {
      'content-type': 'image/png',
    });
    expect(html.statusCode).toBe(415);
    expect(html.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const tooBig = await manager.request(
      'PUT',
      `${url}/logo`,
      Buffer.concat([png, Buffer.alloc(1_100_000)]),
      {
        'content-type': 'image/png',
      },
    );
    expect(tooBig.statusCode).toBe(413);
    expect(await snapshotTables(t.deps.db)).toBe(before);

    const removed = await manager.request('DELETE', `${url}/logo`);
    expect(removed.json().hasLogo).toBe(false);
    expect((await manager.request('GET', `${url}/logo`)).statusCode).toBe(404);
  });

  it('an admin creates another institution; a manager may not', async () => {
    const admin = await signedInInstitution(t, 'admin');
    const body = {
      name: 'LKP Menjahit Martapura',
      kind: 'LKP',
      timeZone: 'WITA',
      regionCode: '63.03',
      npsn: 'K6300001',
    };
    const created = await admin.request('POST', '/api/v1/institutions', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().documentNumberPattern).toContain('{seq');
    const unknownRegion = await admin.request('POST', '/api/v1/institutions', {
      ...body,
      regionCode: '63.99',
    });
    expect(unknownRegion.json().error.details[0]).toMatchObject({
      path: ['body', 'regionCode'],
      message: 'REGION_NOT_FOUND',
    });
    const refused = await manager.request('POST', '/api/v1/institutions', body);
    expect(refused.statusCode).toBe(403);
  });

  it('finds institutions by a name holding %, _ or \\ as those very characters', async () => {
    const admin = await signedInInstitution(t, 'admin');
    const names = [
      'LKP Anyaman 100% Lokal',
      'LKP Anyaman_Indah',
      'LKP Anyaman\\Dua',
      'LKP Anyaman Indah 1000',
    ];
    for (const name of names) {
      const created = await admin.request('POST', '/api/v1/institutions', {
        name,
        kind: 'LKP',
        timeZone: 'WITA',
        regionCode: '63.03',
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const found = async (q: string) => {
      const page = await admin.request('GET', `/api/v1/institutions?q=${encodeURIComponent(q)}`);
      expect(page.statusCode, page.body).toBe(200);
      return (page.json().items as { name: string }[]).map((item) => item.name).sort();
    };
    expect(await found('100%')).toEqual(['LKP Anyaman 100% Lokal']);
    expect(await found('anyaman_')).toEqual(['LKP Anyaman_Indah']);
    expect(await found('n\\d')).toEqual(['LKP Anyaman\\Dua']);
    expect(await found('ANYAMAN')).toEqual([...names].sort());
  });
});
