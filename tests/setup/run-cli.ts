import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '../setup/test-databases';

const cliEntry = fileURLToPath(new URL('../../src/server/cli/jalin.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `jalin` command (`node --import tsx src/server/cli/jalin.ts`) in a child process.
 * The environment is explicit: DATA_DIR always, DATABASE_URL only when given (never inherited).
 */
export function runCli(
  args: string[],
  target: { dataDir: string; databaseUrl?: string },
  extraEnv: Record<string, string> = {},
): Promise<CliResult> {
  return runTsScript(cliEntry, args, cliEnv(target, extraEnv));
}

/**
 * `npm run jalin -- …args` as an operator runs it: `node scripts/jalin.mjs`, the compiled command
 * (built first when a source is newer than the bundle).
 */
export function runCompiledCli(
  args: string[],
  target: { dataDir: string; databaseUrl?: string },
): Promise<CliResult> {
  return runNode(['scripts/jalin.mjs', ...args], cliEnv(target, {}));
}

function cliEnv(
  target: { dataDir: string; databaseUrl?: string },
  extraEnv: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: target.dataDir,
    LOG_LEVEL: 'silent',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  if (target.databaseUrl !== undefined) env.DATABASE_URL = target.databaseUrl;
  return env;
}

/** A TypeScript entry run as `node --import tsx entry …args` from the repository root, its output kept. */
export function runTsScript(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliResult> {
  return runNode(['--import', 'tsx', entry, ...args], env);
}

function runNode(nodeArgs: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The CLI target for a test database: its DATA_DIR, plus the URL on PostgreSQL (SQLite uses DATA_DIR/jalin.db). */
export function cliTargetOf(database: TestDatabase): { dataDir: string; databaseUrl?: string } {
  return database.target.dialect === 'postgres'
    ? { dataDir: database.dataDir, databaseUrl: database.target.connectionString }
    : { dataDir: database.dataDir };
}
