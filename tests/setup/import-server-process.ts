/**
 * A Jalin server process for the import crash test (import-server.ts bundles and starts it). It
 * loads the app, then waits for one JSON line on stdin naming its database and clock: loading takes
 * most of a start, so the test keeps one process loaded ahead and a restart costs only the boot.
 * Then it boots the real app and job runner as main.ts does (the unheld jobs resumed at start and
 * every `jobPollMs`), serves on a free loopback port and prints `READY <port>`. Left out: the web
 * build, the reminder scheduler, the roll-up refresher and the villages, none of which an import
 * touches.
 *
 * `clockOffsetMs` moves the process's clock ahead of real time: a process started with the job
 * lease as offset stands for a restart that came after the dead holder's lease ran out, which is
 * when the product takes a job over (ADR 0027), without the test waiting a minute for it.
 */
import { once } from 'node:events';
import readline from 'node:readline';
import { buildApp } from '../../src/server/app';
import { boot } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config/config';
import { jobPollMs } from '../../src/server/platform/jobs/job-queue';

export interface ImportServerSettings {
  dataDir: string;
  /** The PostgreSQL URL; without it, SQLite in dataDir. */
  databaseUrl?: string;
  clockOffsetMs: number;
}

async function main(): Promise<void> {
  // The test that started this process is gone when stdin closes: so is the reason to run.
  process.stdin.on('end', () => process.exit(0));
  const lines = readline.createInterface({ input: process.stdin });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  process.stdin.resume();
  const settings = JSON.parse(line) as ImportServerSettings;
  const config = loadConfig({
    ...process.env,
    DATA_DIR: settings.dataDir,
    DATABASE_URL: settings.databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const { deps, handle } = await boot(config, {
    clock: { now: () => new Date(Date.now() + settings.clockOffsetMs) },
    log: (message) => console.error(message),
    regions: 'without-villages',
  });
  const app = await buildApp(deps, { serveWeb: false });
  let jobPoll: NodeJS.Timeout | null = null;
  process.on('SIGTERM', () => {
    if (jobPoll) clearInterval(jobPoll);
    void deps.jobs
      .stop()
      .then(() => app.close())
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
  const resumeJobs = () =>
    deps.jobs.resumeUnfinished().catch((error: unknown) => console.error('resume failed', error));
  void resumeJobs();
  jobPoll = setInterval(() => void resumeJobs(), jobPollMs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
