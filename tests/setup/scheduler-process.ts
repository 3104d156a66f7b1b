/**
 * One app process's scheduler loop for the multi-process reminder test: opens the database the
 * test prepared, points the app's mailer at the test's SMTP sink and ticks fast. Time starts at
 * CLOCK_START and runs at real speed, so leases expire as they would in production, only shorter.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { wireCareAgenda } from '../../src/server/care-agenda-wiring';
import type { AppConfig } from '../../src/server/config/config';
import { openDatabase } from '../../src/server/db/database';
import { createJobRunner } from '../../src/server/modules/jobs/index';
import { createNotificationScheduler } from '../../src/server/modules/notifications/index';
import type { AppDeps } from '../../src/server/platform/app-deps';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { createMailer } from '../../src/server/platform/mail/mailer';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const startedAt = Date.now();
const clockStart = Date.parse(env('CLOCK_START'));
const clock = { now: () => new Date(clockStart + (Date.now() - startedAt)) };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-scheduler-'));
const handle = openDatabase({ dialect: 'postgres', connectionString: env('JALIN_TEST_DB') });
const config = {
  env: 'test',
  port: 0,
  host: '127.0.0.1',
  database: { dialect: 'postgres', connectionString: env('JALIN_TEST_DB') },
  dataDir,
  publicUrl: 'http://jalin.test',
  smtpUrl: env('SMTP_URL'),
  mailFrom: env('MAIL_FROM'),
  sessionIdleMinutes: 480,
  sessionAbsoluteHours: 168,
  cookieSecure: false,
  trustProxy: false,
  logLevel: 'silent',
  mapTiles: { url: null, attribution: '' },
} satisfies AppConfig;
wireCareAgenda();
let wired: AppDeps | null = null;
const deps: AppDeps = {
  db: handle.db,
  dialect: 'postgres',
  config,
  clock,
  mailer: createMailer(config.smtpUrl, config.mailFrom, (message) => console.error(message)),
  files: createDiskFileStore(dataDir),
  jobs: createJobRunner(
    () => wired!,
    [],
    () => undefined,
  ),
};
wired = deps;
const scheduler = createNotificationScheduler(deps, {
  leaseMs: Number(env('LEASE_MS')),
  owner: env('MAIL_FROM'),
  log: (message) => console.error(message),
});
const tickMs = Number(env('TICK_MS'));
let stopping = false;
async function loop(): Promise<void> {
  while (!stopping) {
    await scheduler.runDueTasks();
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
}
process.on('SIGTERM', () => {
  stopping = true;
});
console.log('ready');
loop()
  .then(() => handle.close())
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
