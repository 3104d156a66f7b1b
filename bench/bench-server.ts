import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

export interface BenchServer {
  kind: 'app' | 'floor';
  baseUrl: string;
  child: ChildProcess;
  /** From spawning the process to its READY line. */
  startedMs: number;
  /** The process's peak resident set (VmHWM) so far, in MB; null where /proc is missing. */
  peakRssMb(): number | null;
  stop(): Promise<void>;
}

export interface ServerTarget {
  dataDir: string;
  /** '' for SQLite (the file in dataDir), else the PostgreSQL URL. */
  databaseUrl: string;
}

/** Servers still running; killed if the benchmark process ends early, so none is left behind. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function readPeakRssMb(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

const appBundle = 'dist/bench/app-server.mjs';
const jobWorkerBundle = 'dist/bench/job-worker.mjs';
let appBundled: Promise<void> | null = null;

/**
 * The app process is `bench/app-server.ts` bundled as `npm start`'s server is (ADR 0026), built once
 * per benchmark run so it is always the source being measured.
 */
function bundleAppServer(): Promise<void> {
  const bundle = (entry: string, outfile: string) =>
    promisify(execFile)(process.execPath, [
      'scripts/build-server.mjs',
      '--entry',
      entry,
      '--outfile',
      outfile,
    ]);
  // The job thread beside it, where app-server.ts starts it as main.mjs starts its own (ADR 0037).
  appBundled ??= Promise.all([
    bundle('bench/app-server.ts', appBundle),
    bundle('src/server/job-worker.ts', jobWorkerBundle),
  ]).then(() => undefined);
  return appBundled;
}

/**
 * Starts the app (the compiled `bench/app-server.ts`) or the floor (`bench/floor-server.ts`, tsx
 * loaded as an import hook) in its own Node process, so the measured process is the server itself,
 * on a free loopback port.
 */
export async function startServer(
  kind: 'app' | 'floor',
  target: ServerTarget,
  options: { serveWeb?: boolean; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  if (kind === 'app') await bundleAppServer();
  const started = performance.now();
  // BENCH_PROFILE_DIR: the app servers write a V8 CPU profile there when stopped (bench/summarise-profile.ts reads it).
  const profileDir = kind === 'app' ? process.env.BENCH_PROFILE_DIR : undefined;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const entry = kind === 'app' ? [appBundle] : ['--import', 'tsx', 'bench/floor-server.ts'];
  const child = spawn(process.execPath, [...profiling, ...entry, target.dataDir, target.databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // The API scenarios measure no static files; S11 loads the built UI from the same server.
    env: { ...process.env, BENCH_SERVE_WEB: options.serveWeb ? '1' : '', ...options.env },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`${kind} server exited with ${code}`));
    child.on('exit', onExit);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\d+)/.exec(output);
      if (!match) return;
      child.off('exit', onExit);
      resolve({
        kind,
        baseUrl: `http://127.0.0.1:${match[1]}`,
        child,
        startedMs: performance.now() - started,
        peakRssMb: () => readPeakRssMb(child.pid),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            // SIGTERM lets a profiling process write its profile; both entries exit at once on it.
            child.kill(profileDir ? 'SIGTERM' : 'SIGKILL');
          }),
      });
    });
  });
}

/** Signs in through the API as a user would and returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: HTTP ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${email}: no cookie`);
  return cookie;
}

/** GET as JSON, failing on anything but 200. */
export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { headers });
  if (response.status !== 200)
    throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
