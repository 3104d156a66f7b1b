import { execFile, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { median, round } from '../measure';
import { check, type BenchContext, type Scenario } from '../scenario';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** What `npm start` runs (scripts/start.mjs: the compiled bundle, rebuilt only when stale). */
function spawnStart(ctx: BenchContext, port: number): ChildProcess {
  return spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: ctx.target.dataDir,
      DATABASE_URL: ctx.target.databaseUrl || undefined,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function firstHealthy(
  ctx: BenchContext,
  baseUrl: string,
  child: ChildProcess,
  startedAt: number,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.status === 200) {
        const body = (await response.json()) as { status?: string; database?: string };
        const elapsed = performance.now() - startedAt;
        if (body.status !== 'ok' || body.database !== ctx.dialect)
          throw new Error(`/health answered ${JSON.stringify(body)}`);
        return elapsed;
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('/health')) throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

/** One start: spawn → first 200 whose body names the run's database. */
async function startOnce(ctx: BenchContext): Promise<number> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawnStart(ctx, port);
  try {
    return await firstHealthy(ctx, `http://127.0.0.1:${port}`, child, startedAt);
  } finally {
    await stop(child);
  }
}

/**
 * From spawning `npm start`'s process (the built server, migrations checked, regions checked) to the
 * first 200. The bundle is built first when stale, outside the timing; one untimed start before the
 * five leaves the web build and the scheduler's first catch-up out of them, as on a server restarted.
 */
export const scenario: Scenario = {
  id: 'S10',
  name: 'Cold start to first 200 on /health (npm start: compiled server, data set in place)',
  needsDataset: true,
  async run(ctx) {
    const build = await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', '--if-stale']);
    const buildLine = build.stdout.trim();
    ctx.log(`    ${buildLine}`);
    await startOnce(ctx);
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) runs.push(await startOnce(ctx));
    const medianMs = round(median(runs));
    ctx.log(`    median ${medianMs} ms (${runs.map((ms) => Math.round(ms)).join(', ')})`);
    const checks = [check('cold start median', '≤ 1500 ms', medianMs, ' ms', medianMs <= 1500)];
    return {
      id: 'S10',
      name: scenario.name,
      dialect: ctx.dialect,
      size: ctx.size,
      target: '≤ 1.5 s with M size',
      figures: { medianMs, runsMs: runs.map(round), build: buildLine },
      checks,
      met: checks.every((c) => c.met),
    };
  },
};
