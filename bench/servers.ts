/**
 * Child-process entry: `node --import tsx bench/servers.ts app|floor <dataDir> <databaseUrl?>` serves
 * on a free loopback port and prints `READY <port>`. `app` is the real server (routes, auth, zod
 * contracts, use cases); `floor` is bare Fastify + the raw driver with every scenario's floor routes.
 */
import Fastify from 'fastify';
import path from 'node:path';
import { buildApp } from '../src/server/app';
import { boot } from '../src/server/boot';
import { benchAppConfig } from './bench-app-config';
import { jobPollMs } from '../src/server/platform/jobs/job-queue';
import { createNotificationScheduler } from '../src/server/modules/notifications/index';
import { startRollupRefresher } from '../src/server/modules/reports/index';
import { openFloorDriver } from './floor-driver';
import { loadScenarios } from './scenario-registry';

const [kind, dataDir, databaseUrl] = process.argv.slice(2);
// A normal exit on SIGTERM, so `node --cpu-prof` can write its profile when a run profiles a server.
process.on('SIGTERM', () => process.exit(0));

async function main(): Promise<void> {
  if (kind === 'app') {
    const config = benchAppConfig(dataDir!, databaseUrl);
    const { deps } = await boot(config, { log: () => undefined });
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
    return;
  }
  const app = Fastify();
  const driver = databaseUrl?.startsWith('postgres')
    ? openFloorDriver('postgres', databaseUrl)
    : openFloorDriver('sqlite', path.join(dataDir!, 'jalin.db'));
  // run.ts passes its --only list on, so the floor loads just the scenarios being measured.
  const only = process.env.BENCH_ONLY?.split(',');
  for (const scenario of await loadScenarios(only)) await scenario.registerFloor?.(app, driver);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
