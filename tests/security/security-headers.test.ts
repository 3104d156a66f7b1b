import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  openStreetMapAttribution,
  openStreetMapTileUrl,
  tileImageSource,
} from '../../src/server/config/map-tiles';
import type { AppConfig } from '../../src/server/config/config';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

/** What @fastify/helmet sends with the options app.ts gave it before the headers were written once. */
async function helmetHeaders(
  config: Pick<AppConfig, 'mapTiles' | 'cookieSecure'>,
): Promise<Record<string, string>> {
  const tileSource = tileImageSource(config.mapTiles);
  const reference = Fastify();
  await reference.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileSource ? [tileSource] : [])],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    hsts: config.cookieSecure,
  });
  reference.get('/', () => ({}));
  const response = await reference.inject('/');
  await reference.close();
  const own = new Set(['content-type', 'content-length', 'date', 'connection']);
  return Object.fromEntries(
    Object.entries(response.headers)
      .filter(([name]) => !own.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
}

describeEachDatabase(
  'security headers: the same as @fastify/helmet sent, on every kind of answer',
  (dialect) => {
    const variants: { label: string; config: Pick<AppConfig, 'mapTiles' | 'cookieSecure'> }[] = [
      {
        label: 'offline, plain http',
        config: { mapTiles: { url: null, attribution: '' }, cookieSecure: false },
      },
      {
        label: 'tile server, https (HSTS)',
        config: {
          mapTiles: { url: openStreetMapTileUrl, attribution: openStreetMapAttribution },
          cookieSecure: true,
        },
      },
    ];
    const apps: TestApp[] = [];
    beforeAll(async () => {
      for (const variant of variants) apps.push(await createTestApp(dialect, { config: variant.config }));
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
    });

    it('matches header for header, on 200, 401, 404, 415 and 400 answers', async () => {
      for (const [index, variant] of variants.entries()) {
        const expected = await helmetHeaders(variant.config);
        expect(Object.keys(expected).length, variant.label).toBeGreaterThanOrEqual(11);
        const t = apps[index]!;
        const answers = [
          await t.app.inject({ method: 'GET', url: '/api/v1/health' }),
          await t.app.inject({ method: 'GET', url: '/api/v1/me' }),
          await t.app.inject({ method: 'GET', url: '/api/v1/tidak-ada' }),
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            headers: { 'content-type': 'text/plain' },
            payload: 'x',
          }),
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            headers: { 'content-type': 'application/json' },
            payload: '{',
          }),
        ];
        expect(answers.map((answer) => answer.statusCode)).toEqual([200, 401, 404, 415, 400]);
        for (const answer of answers) {
          const label = `${variant.label}: ${answer.statusCode}`;
          const sent = Object.fromEntries(
            Object.keys(expected).map((name) => [name, answer.headers[name] as string | undefined]),
          );
          expect(sent, label).toEqual(expected);
          expect(Object.hasOwn(answer.headers, 'strict-transport-security'), label).toBe(
            variant.config.cookieSecure,
          );
          expect(answer.headers['x-powered-by'], label).toBeUndefined();
          expect(answer.headers['x-request-id'], label).toBeTruthy();
        }
      }
    });
  },
);
