import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isDialectAvailable, testDialects } from '../setup/test-databases';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every scenario but S7M (three processes, two job waves: minutes on any size) and S11 (a browser and
 * the built UI; tests/e2e covers both) runs here, so a scenario the app has outgrown fails `npm test`.
 */
const smokeScenarios = ['A1', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10'];

interface SmokeResults {
  results: {
    id: string;
    dialect: string;
    size: string;
    figures: Record<string, unknown>;
    checks: { label: string; target: string; value: string; met: boolean }[];
    /** null: informative (A1), a scenario without targets. */
    met: boolean | null;
  }[];
}

function runBench(dialect: string, out: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/run.ts',
        ...['--size', 'XS', '--db', dialect, '--only', smokeScenarios.join(',')],
        ...['--seconds', '0.2', '--repeats', '1', '--s7-seconds', '1', '--no-report', '--out', out],
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, BENCH_S4_ACTIVITIES: '2000', BENCH_S5_ROWS: '200' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (status) => resolve({ status, output }));
  });
}

/** Numbers only: the smoke proves the harness measures, never how fast (that is `npm run bench`). */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe.each(testDialects)('npm run bench, CI-sized smoke on %s', (dialect) => {
  it.skipIf(!isDialectAvailable(dialect))(
    'generates the XS data set, runs every scenario beside its floor and writes figures for each',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-bench-smoke-'));
      const out = path.join(dir, 'results.json');
      try {
        const run = await runBench(dialect, out);
        expect(run.status, run.output.slice(-3000)).toBe(0);
        expect(run.output).toContain('data set verified against the app');
        const { results } = JSON.parse(fs.readFileSync(out, 'utf8')) as SmokeResults;
        expect(results.map((r) => r.id).sort()).toEqual([...smokeScenarios].sort());
        for (const result of results) {
          expect(result.dialect).toBe(dialect);
          if (result.met !== null) expect(result.checks.length, result.id).toBeGreaterThan(0);
          for (const check of result.checks) {
            expect(check.value, `${result.id}: ${check.label}`).toMatch(/\d/);
            expect(check.target, `${result.id}: ${check.label}`).not.toBe('');
          }
          const figures = numbersIn(result.figures);
          expect(figures.length, result.id).toBeGreaterThan(0);
          expect(
            figures.every((n) => Number.isFinite(n) && n >= 0),
            result.id,
          ).toBe(true);
          expect(
            figures.some((n) => n > 0),
            result.id,
          ).toBe(true);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    900_000,
  );
});
