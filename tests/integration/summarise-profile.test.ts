import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeOf, summariseProfile } from '../../bench/summarise-profile';

const root = path.resolve(import.meta.dirname, '../..');

function burnCpuForTheProfile(ms: number): number {
  const until = performance.now() + ms;
  let x = 0;
  while (performance.now() < until) x += Math.sqrt(x + 1);
  return x;
}

describe('bench/summarise-profile', () => {
  it('names the place of a frame: a package, a module of the server, Node itself', () => {
    expect(placeOf(`file://${root}/node_modules/fastify/lib/route.js`, 'route')).toBe('fastify');
    expect(placeOf(`file://${root}/node_modules/@fastify/static/index.js`, 'serve')).toBe('@fastify/static');
    expect(placeOf(`file://${root}/src/server/modules/partners/list-partners.ts`, 'listPartners')).toBe(
      'src/server/modules/partners',
    );
    expect(placeOf(`file://${root}/src/server/app.ts`, 'buildApp')).toBe('src/server/app.ts');
    expect(placeOf('node:internal/streams/readable', 'read')).toBe('node (internals)');
    expect(placeOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('finds the function that spent the time in a real V8 profile', async () => {
    const session = new Session();
    session.connect();
    try {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      burnCpuForTheProfile(200);
      const { profile } = await session.post('Profiler.stop');
      const summary = summariseProfile(profile, 100);
      const burnt = summary.byInclusive.find(([key]) => key.startsWith('burnCpuForTheProfile '));
      expect(burnt, JSON.stringify(summary.byInclusive.slice(0, 10))).toBeDefined();
      expect(burnt![1]).toBeGreaterThan(0);
      expect(burnt![1]).toBeLessThanOrEqual(summary.totalMs);
      expect(summary.byPlace.reduce((sum, [, ms]) => sum + ms, 0)).toBeLessThanOrEqual(summary.totalMs + 1);
    } finally {
      session.disconnect();
    }
  });
});
