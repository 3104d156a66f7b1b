/**
 * Child-process entry: `node --import tsx bench/floor-server.ts <dataDir> <databaseUrl?>` serves
 * every scenario's floor (bare Fastify + the raw driver) on a free loopback port and prints
 * `READY <port>`. The app under measurement is `bench/app-server.ts`.
 */
import Fastify from 'fastify';
import path from 'node:path';
import { openFloorDriver } from './floor-driver';
import { loadScenarios } from './scenario-registry';

const [dataDir, databaseUrl] = process.argv.slice(2);
// A normal exit on SIGTERM, like the app's.
process.on('SIGTERM', () => process.exit(0));

async function main(): Promise<void> {
  const app = Fastify();
  // At L an unindexed floor search takes 10–15 s and 20 clients queue behind one another on the
  // synchronous driver: a request's headers then wait unparsed past Node's timeouts (HTTP 408).
  app.server.headersTimeout = 0;
  app.server.requestTimeout = 0;
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
