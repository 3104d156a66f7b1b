/**
 * `npm run bench -- [--db sqlite|postgres] [--only S10,A1] [--seconds N]`: runs each scenario
 * beside its floor in the same run, writes bench/results/latest.json and docs/performance.md.
 * PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a fresh database is created in it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { boot } from '../src/server/boot';
import { loadConfig } from '../src/server/config/config';
import { createInstitutionWithAdmin } from '../src/server/modules/institutions/index';
import { createTestDatabase, type TestDatabase } from '../tests/setup/test-databases';
import { median, round, runLoad, type LatencySummary } from './measure';
import { writePerformanceReport, type ScenarioResult } from './report';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const dialect = option('db') === 'postgres' ? 'postgres' : 'sqlite';
const only = option('only')?.split(',');
const seconds = Number(option('seconds') ?? 5);
const tsx = path.resolve('node_modules', '.bin', 'tsx');

function startServer(
  kind: 'app' | 'floor',
  dataDir: string,
  databaseUrl: string,
): Promise<{ child: ChildProcess; port: number; startedMs: number }> {
  const started = performance.now();
  const child = spawn(tsx, ['bench/servers.ts', kind, dataDir, databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]), startedMs: performance.now() - started });
    });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function firstHealthyMs(port: number, startedAt: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.status === 200) return performance.now() - startedAt;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function prepare(database: TestDatabase): Promise<{ databaseUrl: string }> {
  const databaseUrl = database.target.dialect === 'postgres' ? database.target.connectionString : '';
  const config = loadConfig({ DATA_DIR: database.dataDir, DATABASE_URL: databaseUrl });
  const { deps, handle } = await boot(config, { log: () => undefined });
  await createInstitutionWithAdmin(
    deps,
    {
      institutionName: 'LKP Bench',
      institutionKind: 'LKP',
      timeZone: 'WITA',
      managerName: 'Bench',
      email: 'pengelola.bench@contoh.id',
      password: 'bench rajut panjang sekali',
    },
    { requestId: null, setupToken: null },
  );
  await handle.close();
  return { databaseUrl };
}

async function main(): Promise<void> {
  if (dialect === 'postgres') process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
  const database = await createTestDatabase(dialect);
  const { databaseUrl } = await prepare(database);
  const results: ScenarioResult[] = [];
  const wanted = (id: string) => !only || only.includes(id);

  if (wanted('S10')) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const startedAt = performance.now();
      const server = await startServer('app', database.dataDir, databaseUrl);
      runs.push(await firstHealthyMs(server.port, startedAt));
      server.child.kill('SIGKILL');
    }
    results.push({
      id: 'S10',
      name: 'Cold start to first 200 on /health (tsx, empty institution set)',
      dialect,
      size: 'empty',
      target: '≤ 1500 ms (M size)',
      figures: { medianMs: round(median(runs)), runsMs: runs.map(round) },
      met: median(runs) <= 1500,
    });
  }

  if (wanted('A1')) {
    const app = await startServer('app', database.dataDir, databaseUrl);
    const floor = await startServer('floor', database.dataDir, databaseUrl);
    const login = await fetch(`http://127.0.0.1:${app.port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'pengelola.bench@contoh.id', password: 'bench rajut panjang sekali' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const measure = async (clients: number): Promise<{ app: LatencySummary; floor: LatencySummary }> => {
      await runLoad(`http://127.0.0.1:${app.port}/api/v1/me`, {
        clients,
        durationMs: 1000,
        headers: { cookie },
      });
      await runLoad(`http://127.0.0.1:${floor.port}/floor/me`, { clients, durationMs: 1000 });
      return {
        app: await runLoad(`http://127.0.0.1:${app.port}/api/v1/me`, {
          clients,
          durationMs: seconds * 1000,
          headers: { cookie },
        }),
        floor: await runLoad(`http://127.0.0.1:${floor.port}/floor/me`, {
          clients,
          durationMs: seconds * 1000,
        }),
      };
    };
    const single = await measure(1);
    const concurrent = await measure(20);
    app.child.kill('SIGKILL');
    floor.child.kill('SIGKILL');
    const ratio = round(concurrent.app.throughputPerSec / Math.max(1, concurrent.floor.throughputPerSec));
    results.push({
      id: 'A1',
      name: 'GET /me with a session cookie (auth read, role, institution) against a bare select',
      dialect,
      size: 'empty',
      target: 'informative: the per-request auth cost every later scenario pays',
      figures: { singleClient: single, twentyClients: concurrent, throughputRatio: ratio },
      met: null,
    });
  }

  await database.drop();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  writePerformanceReport(results, machine);
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
