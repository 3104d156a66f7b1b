import { buildApp } from './app';
import { boot } from './boot';
import { buildWebIfNeeded } from './build-web-if-needed';
import { ConfigError, loadConfig } from './config/config';
import { issueSetupToken, needsSetup } from './modules/institutions/index';
import { createNotificationScheduler } from './modules/notifications/index';
import { startRollupRefresher } from './modules/reports/index';
import { jobPollMs } from './platform/jobs/job-queue';

async function main(): Promise<void> {
  const config = loadConfig();
  await buildWebIfNeeded((message) => console.log(message));
  // Villages (83,763 rows, ~3 s on PostgreSQL) load after the server listens: ADR 0007.
  // Jobs on their own thread, bundled beside main.mjs (ADR 0037). Under `npm run dev` (tsx) they stay
  // on this one: a worker thread does not inherit tsx's loader on Node 20.
  const bundled = import.meta.url.endsWith('.mjs');
  const { deps, handle, seedRemainingRegions } = await boot(config, {
    regions: 'villages-later',
    ...(bundled ? { jobWorker: new URL('./job-worker.mjs', import.meta.url) } : {}),
  });
  const app = await buildApp(deps, { logger: true });
  // Reminders and the daily digest: every process may run it, the database lets each run happen once.
  const scheduler = createNotificationScheduler(deps);
  // Dashboard roll-ups: the district view reads stored figures, kept at most 30 s behind.
  let stopRollups: (() => void) | null = null;
  let jobPoll: NodeJS.Timeout | null = null;
  const close = async () => {
    stopRollups?.();
    if (jobPoll) clearInterval(jobPoll);
    await scheduler.stop();
    // Between two batches: the job's lease is handed back, so the next start resumes it at once.
    await deps.jobs.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close());
  process.on('SIGTERM', () => void close());
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const baseUrl = config.publicUrl ?? `http://${shownHost}:${config.port}`;
  console.log(`\nJalin berjalan di ${baseUrl} (database: ${deps.dialect})`);
  scheduler.start();
  stopRollups = startRollupRefresher(deps);
  const resumeJobs = () =>
    deps.jobs.resumeUnfinished().catch((error: unknown) => {
      console.error('Pekerjaan latar yang tertunda belum dapat dilanjutkan.', error);
    });
  void resumeJobs();
  jobPoll = setInterval(() => void resumeJobs(), jobPollMs);
  seedRemainingRegions().catch((error: unknown) => {
    console.error('Data desa/kelurahan belum termuat; dicoba lagi saat server dijalankan ulang.', error);
  });
  if (await needsSetup(deps)) {
    const token = await issueSetupToken(deps);
    console.log(
      '\nDatabase masih kosong. Buka tautan sekali pakai ini untuk membuat lembaga dan akun pertama:',
    );
    console.log(`  ${baseUrl}/setup?token=${token}`);
    console.log('Atau / or: npm run jalin -- demo   (lembaga contoh dengan data)\n');
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
