import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe } from 'vitest';
import { buildApp } from '../../src/server/app';
import { boot } from '../../src/server/boot';
import type { AppConfig } from '../../src/server/config/config';
import type { DatabaseHandle } from '../../src/server/db/database';
import type { Dialect } from '../../src/server/db/dialect-of';
import type { AppDeps } from '../../src/server/platform/app-deps';
import { FakeClock } from '../../src/server/platform/clock';
import { MemoryMailer } from '../../src/server/platform/mail/mailer';
import { createTestDatabase, isDialectAvailable, testDialects, type TestDatabase } from './test-databases';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  handle: DatabaseHandle;
  clock: FakeClock;
  mailer: MemoryMailer;
  database: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(database: TestDatabase, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    database: database.target,
    dataDir: database.dataDir,
    publicUrl: 'http://jalin.test',
    smtpUrl: null,
    mailFrom: 'Jalin <jalin@test>',
    sessionIdleMinutes: 480,
    sessionAbsoluteHours: 168,
    cookieSecure: false,
    trustProxy: false,
    logLevel: 'silent',
    // Tests run offline: the map draws its markers on a plain background.
    mapTiles: { url: null, attribution: '' },
    ...overrides,
  };
}

export async function createTestApp(
  dialect: Dialect,
  options: {
    config?: Partial<AppConfig>;
    withMailer?: boolean;
    serveWeb?: boolean;
    /** Default `without-villages`: 83,763 villages would slow every test app; ask for `full` when needed. */
    regions?: 'full' | 'without-villages';
    /** Jobs on their own thread, as `npm start` runs them (tests/setup/job-worker-bundle.ts). */
    jobWorker?: URL;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const clock = new FakeClock(new Date());
  const mailer = new MemoryMailer();
  const config = testConfig(database, options.config);
  const { deps, handle } = await boot(config, {
    clock,
    ...(options.withMailer
      ? { mailer }
      : { mailer: { configured: false, send: () => Promise.resolve(false) } }),
    log: () => undefined,
    regions: options.regions ?? 'without-villages',
    ...(options.jobWorker ? { jobWorker: options.jobWorker } : {}),
  });
  const app = await buildApp(deps, { serveWeb: options.serveWeb ?? false });
  return {
    app,
    deps,
    handle,
    clock,
    mailer,
    database,
    async close() {
      await deps.jobs.stop();
      await app.close();
      await handle.close();
      await database.drop();
    },
  };
}

/** Runs a suite once per database; the PostgreSQL run is skipped (and CI fails) without a server. */
export function describeEachDatabase(name: string, body: (dialect: Dialect) => void): void {
  for (const dialect of testDialects) {
    describe.skipIf(!isDialectAvailable(dialect))(`${name} [${dialect}]`, () => body(dialect));
  }
}

export function json<T = unknown>(response: LightMyRequestResponse): T {
  return response.json<T>();
}
