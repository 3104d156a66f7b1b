/**
 * Child-process entry of the app under measurement: `bench/bench-server.ts` bundles this file the
 * way `npm start` runs the server (scripts/build-server.mjs, to dist/bench/app-server.mjs) and runs
 * it with plain Node, so time and memory are the production process's and not tsx's. Serves on a
 * free loopback port and prints `READY <port>`.
 */
import { buildApp } from '../src/server/app';
import { boot } from '../src/server/boot';
import { jobPollMs } from '../src/server/platform/jobs/job-queue';
import { createNotificationScheduler } from '../src/server/modules/notifications/index';
import { startRollupRefresher } from '../src/server/modules/reports/index';
import { benchAppConfig } from './bench-app-config';

const [dataDir, databaseUrl] = process.argv.slice(2);
// A normal exit on SIGTERM, so `node --cpu-prof` can write its profile when a run profiles a server.
process.on('SIGTERM', () => process.exit(0));

async function main(): Promise<void> {
  const config = benchAppConfig(dataDir!, databaseUrl);
  const jobWorker = new URL('./job-worker.mjs', import.meta.url);
  const { deps } = await boot(config, {
    log: () => undefined,
    ...(process.env.BENCH_NO_JOB_THREAD ? {} : { jobWorker }),
  });
  const app = await buildApp(deps, { serveWeb: process.env.BENCH_SERVE_WEB === '1' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  // S7M runs several processes as `npm start` runs each: scheduler, roll-up refresher, resumed jobs.
  if (process.env.BENCH_AS_MAIN === '1') {
    createNotificationScheduler(deps).start();
    startRollupRefresher(deps);
    await deps.jobs.resumeUnfinished();
    setInterval(() => void deps.jobs.resumeUnfinished(), jobPollMs);
  }
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
