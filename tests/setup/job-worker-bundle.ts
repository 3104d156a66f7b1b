import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface JobWorkerBundle {
  url: URL;
  remove(): void;
}

/**
 * The job thread's entry bundled as `npm start` ships it (scripts/build-server.mjs), two folders below
 * the repository like dist/server/job-worker.mjs: a worker thread does not get the test runner's
 * TypeScript transform, and this way the test runs the file production runs.
 */
export async function bundleJobWorker(): Promise<JobWorkerBundle> {
  fs.mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(repoRoot, 'dist', `job-worker-${process.pid}-`));
  const outfile = path.join(dir, 'job-worker.mjs');
  await promisify(execFile)(
    process.execPath,
    ['scripts/build-server.mjs', '--entry', 'src/server/job-worker.ts', '--outfile', outfile],
    { cwd: repoRoot },
  );
  return {
    url: pathToFileURL(outfile),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
