/**
 * `npm test`: every Vitest project (unit, HTTP, database on SQLite and PostgreSQL, browser), one
 * JSON report, and a closing `N passed, N failed, N skipped` line. Under CI=true a skipped test is
 * a failure: a PostgreSQL or browser suite that silently did not run proves nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

const reportFile = path.resolve('test-results', 'vitest.json');
fs.mkdirSync(path.dirname(reportFile), { recursive: true });
fs.rmSync(reportFile, { force: true });

const extraArgs = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [
    path.resolve('node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ],
  { stdio: 'inherit', env: process.env },
);

if (!fs.existsSync(reportFile)) {
  console.error('Vitest wrote no report: the run crashed before any test finished.');
  fs.writeFileSync(path.resolve('test-results', 'summary.txt'), '0 passed, 1 failed\n');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as VitestReport;
const skipped = report.numPendingTests + report.numTodoTests;
const ci = process.env.CI === 'true' || process.env.CI === '1';
let failed = report.numFailedTests;
if (ci && skipped > 0) {
  const names = report.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status === 'pending' || test.status === 'skipped' || test.status === 'todo')
    .slice(0, 20)
    .map((test) => `  - ${test.fullName}`);
  console.error(
    `\nCI=true: ${skipped} skipped test(s) count as failures (PostgreSQL or Chromium missing?):\n${names.join('\n')}`,
  );
  failed += skipped;
}
if (result.status !== 0 && failed === 0) {
  // Vitest failed outside any test (a suite that did not load, an unhandled error).
  failed = 1;
}
const summary = `${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
fs.writeFileSync(path.resolve('test-results', 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed > 0 ? 1 : 0);
