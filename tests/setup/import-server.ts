import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobLeaseMs } from '../../src/server/modules/jobs/create-job-runner';
import type { ImportServerSettings } from './import-server-process';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('./import-server-process.ts', import.meta.url));

export interface ServerTarget {
  dataDir: string;
  /** The PostgreSQL URL; SQLite uses DATA_DIR/jalin.db. */
  databaseUrl?: string;
}

export interface ImportServer {
  baseUrl: string;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** Sends the signal and resolves once the process is gone. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

export interface ImportServers {
  /**
   * A real server process on the target, listening. `leaseRanOut`: its clock runs a job lease ahead,
   * as a restart that came after a dead holder's lease ran out, when the product takes its job over.
   */
  start(target: ServerTarget, options?: { leaseRanOut?: boolean }): Promise<ImportServer>;
  /** Ends every process still running and removes the bundle. */
  close(): Promise<void>;
}

/**
 * Server processes for the import crash test (import-server-process.ts). The entry is bundled once
 * into one ES module, as `npm start` runs the server (scripts/build-server.mjs), since tsx would
 * transpile every source again at each start; the bundle sits two folders below the repository,
 * like dist/server/main.mjs, so the sources' paths relative to their own module still resolve.
 * One process is always loaded and waiting, so a start or a restart costs only the boot.
 */
export async function createImportServers(): Promise<ImportServers> {
  const { build } = await import('esbuild');
  fs.mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
  // One folder per call: two test files may each start their own servers.
  const dir = fs.mkdtempSync(path.join(repoRoot, 'dist', `import-server-${process.pid}-`));
  const bundle = path.join(dir, 'server.mjs');
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const running = new Set<ChildProcessWithoutNullStreams>();
  const load = () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    // The database comes on stdin; an inherited one would point the server at someone else's.
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [bundle], { cwd: repoRoot, env });
    running.add(child);
    child.once('exit', () => running.delete(child));
    return child;
  };
  let waiting = load();

  return {
    start(target, options = {}) {
      const child = waiting;
      waiting = load();
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      const gone = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      const stop = (signal: 'SIGKILL' | 'SIGTERM') => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        return gone;
      };
      const settings: ImportServerSettings = {
        ...target,
        clockOffsetMs: options.leaseRanOut ? jobLeaseMs + 5_000 : 0,
      };
      child.stdin.write(`${JSON.stringify(settings)}\n`);
      return new Promise((resolve, reject) => {
        void gone.then(() => reject(new Error(`the server exited before it listened:\n${output}`)));
        const onData = () => {
          const match = /READY (\d+)/.exec(output);
          if (!match) return;
          child.stdout.off('data', onData);
          resolve({ baseUrl: `http://127.0.0.1:${match[1]}`, output: () => output, stop });
        };
        child.stdout.on('data', onData);
      });
    },
    async close() {
      await Promise.all(
        [...running].map(
          (child) =>
            new Promise<void>((resolve) => {
              child.once('exit', () => resolve());
              child.kill('SIGKILL');
            }),
        ),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
