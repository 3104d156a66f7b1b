import zlib from 'node:zlib';
import { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../app';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

const browserEncodings = 'gzip, deflate, br, zstd';

describeEachDatabase('answers compressed for the connection, never a secret', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    for (let n = 1; n <= 30; n += 1) {
      await createPartnerVia(manager, {
        name: `Bengkel Las Sumber Rezeki ${n}`,
        description: 'Menerima siswa magang las listrik dan las karbit setiap semester.',
      });
    }
  }, 120_000);
  afterAll(() => t.close());

  it('a list goes brotli to a browser, gzip to a client that only takes gzip, plain to one that asks for nothing, and reads back the same', async () => {
    const plain = await manager.request('GET', '/api/v1/partners?limit=50');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = plain.json<{ items: unknown[] }>();
    expect(expected.items).toHaveLength(30);

    const brotli = await manager.request('GET', '/api/v1/partners?limit=50', undefined, {
      'accept-encoding': browserEncodings,
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(String(brotli.headers.vary)).toContain('accept-encoding');
    expect(JSON.parse(zlib.brotliDecompressSync(brotli.rawPayload).toString('utf8'))).toEqual(expected);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);

    const gzip = await manager.request('GET', '/api/v1/partners?limit=50', undefined, {
      'accept-encoding': 'gzip',
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gzip.rawPayload).toString('utf8'))).toEqual(expected);
  });

  it('a CSV export is compressed and parses back equal; an XLSX, compressed already, goes as it is', async () => {
    const plain = await manager.request('GET', '/api/v1/partners/export?format=csv');
    expect(plain.statusCode).toBe(200);
    const gzip = await manager.request('GET', '/api/v1/partners/export?format=csv', undefined, {
      'accept-encoding': 'gzip',
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const csv = zlib.gunzipSync(gzip.rawPayload).toString('utf8');
    expect(csv).toBe(plain.body);
    expect(csv.split('\n').filter((line) => line.includes('Bengkel Las Sumber Rezeki'))).toHaveLength(30);

    const xlsx = await manager.request('GET', '/api/v1/partners/export?format=xlsx', undefined, {
      'accept-encoding': browserEncodings,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('an answer holding the session’s CSRF token is never compressed, though large enough to be', async () => {
    // Long but real names take /me past the threshold, below which the check would prove nothing.
    await t.deps.db
      .updateTable('institutions')
      .set({
        name: 'Lembaga Kursus dan Pelatihan Tata Rias Pengantin, Tata Busana dan Kecantikan Kulit "Sekar Kedaton" Kabupaten Hulu Sungai Tengah, Binaan Dinas Pendidikan dan Kebudayaan',
      })
      .where('id', '=', manager.institutionId)
      .execute();
    await t.deps.db
      .updateTable('users')
      .set({
        name: 'Raden Ajeng Siti Nurhaliza Kusumawardhani Purbaningrum Setyaningsih Rahmawati Handayani Sekarwangi Putri',
      })
      .where('id', '=', manager.userId)
      .execute();
    for (const [method, url, payload] of [
      ['GET', '/api/v1/me', undefined],
      ['PATCH', '/api/v1/me', { locale: 'id' }],
    ] as const) {
      const response = await manager.request(method, url, payload, { 'accept-encoding': browserEncodings });
      expect(response.statusCode, url).toBe(200);
      expect(response.json<{ csrfToken: string }>().csrfToken).toBe(manager.csrfToken);
      expect(response.rawPayload.length, url).toBeGreaterThan(1024);
      expect(response.headers['content-encoding'], `${method} ${url}`).toBeUndefined();
    }
    // Every route whose answer can carry the token says so, or it would be compressed.
    const carriers = allRoutes.filter(
      (route) => route.response instanceof z.ZodObject && 'csrfToken' in route.response.shape,
    );
    expect(carriers.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(['POST /auth/login', 'GET /me', 'PATCH /me']),
    );
    for (const route of carriers)
      expect(route.answerCarriesSecret, `${route.method} ${route.path}`).toBe(true);
  });

  it('a compressed request body is refused, not inflated, and nothing is written', async () => {
    const before = await manager.request('GET', '/api/v1/partners?limit=100');
    const body = zlib.gzipSync(JSON.stringify({ name: 'Toko Kiriman Terkompresi', category: 'business' }));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      cookies: { jalin_session: manager.cookie },
      headers: {
        'x-csrf-token': manager.csrfToken,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      payload: body,
    });
    expect([400, 415]).toContain(response.statusCode);
    const after = await manager.request('GET', '/api/v1/partners?limit=100');
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(
      before.json<{ items: unknown[] }>().items.length,
    );
  });
});
