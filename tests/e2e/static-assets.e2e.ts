import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webDistDir } from '../../src/server/app';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

const immutable = 'public, max-age=31536000, immutable';

describeEachDatabase('the built UI: precompressed, hashed assets cached for a year', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { serveWeb: true });
  });
  afterAll(() => t.close());

  const entryScript = async (): Promise<string> => {
    const page = await t.app.inject({ method: 'GET', url: '/mitra' });
    const src = /<script type="module" crossorigin src="([^"]+)"/.exec(page.body)?.[1];
    if (!src) throw new Error('index.html names no entry script');
    return src;
  };

  it('answers every page with index.html that browsers revalidate', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/mitra' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toBe(fs.readFileSync(path.join(webDistDir, 'index.html'), 'utf8'));
  });

  it('sends the Brotli copy to a browser that takes it, and it decodes to the built file', async () => {
    const src = await entryScript();
    const built = fs.readFileSync(path.join(webDistDir, src));
    const response = await t.app.inject({
      method: 'GET',
      url: src,
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe(immutable);
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.rawPayload.length).toBeLessThan(built.length / 2);
    expect(zlib.brotliDecompressSync(response.rawPayload).equals(built)).toBe(true);
  });

  it('sends gzip where Brotli is not accepted and the plain file where nothing is', async () => {
    const src = await entryScript();
    const built = fs.readFileSync(path.join(webDistDir, src));
    const gzipped = await t.app.inject({ method: 'GET', url: src, headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe(immutable);
    expect(zlib.gunzipSync(gzipped.rawPayload).equals(built)).toBe(true);
    const plain = await t.app.inject({ method: 'GET', url: src, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(built)).toBe(true);
  });

  it('lets a file without a hash in its name be revalidated', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});
