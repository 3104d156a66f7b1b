import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual, promisify } from 'node:util';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import { resolveDatabaseTarget } from '../../src/server/config/config';
import { openDatabase } from '../../src/server/db/database';
import { checkDatabase, type DatabaseCheck } from '../../src/server/cli/check-database';
import { createDiskFileStore } from '../../src/server/platform/files/file-store';
import { createBenchDatabase } from '../bench-database';
import { getJson, signIn, startServer, type BenchServer, type ServerTarget } from '../bench-server';
import { benchPassword } from '../generators/generate-dataset';
import { percentile, round } from '../measure';
import { allMet, check, datasetOf, type BenchContext, type Scenario } from '../scenario';

const institutionsUsed = 20;
const institutionsCompared = 5;

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** From the moment `watchFile` appeared (the archive being written) to exit; null without one. */
  sinceFileSeconds: number | null;
  /** Peak resident set of the CLI's Node process and of the tool it runs (pg_dump, pg_restore), MB. */
  peakRssMb: { cli: number | null; tool: number | null };
}

function vmHwmMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * `npm run jalin -- <args>` as an operator runs it (`node scripts/jalin.mjs`: the compiled command in
 * its own process, the environment it reads), timed from spawn to exit; `buildBundlesFirst` leaves
 * the build out of the timing, as S10 does. /proc is sampled every 20 ms for the peaks: VmHWM is the
 * process's own high-water mark, so a short-lived child is missed only if it lives under 50 ms.
 */
async function buildBundlesFirst(ctx: BenchContext): Promise<void> {
  const build = await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', '--if-stale']);
  ctx.log(`    ${build.stdout.trim()}`);
}

function runJalin(args: string[], target: ServerTarget, watchFile?: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: target.dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/jalin.mjs', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const peaks = { cli: null as number | null, tool: null as number | null };
  const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  let fileSeenMs: number | null = null;
  const sample = setInterval(() => {
    if (watchFile && fileSeenMs === null && fs.existsSync(watchFile)) fileSeenMs = performance.now();
    if (!child.pid) return;
    peaks.cli = max(peaks.cli, vmHwmMb(child.pid));
    for (const pid of childPids(child.pid)) peaks.tool = max(peaks.tool, vmHwmMb(pid));
  }, 20);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sample);
      const ended = performance.now();
      resolve({
        status,
        stdout,
        stderr,
        seconds: round((ended - started) / 1000),
        sinceFileSeconds: fileSeenMs === null ? null : round((ended - fileSeenMs) / 1000),
        peakRssMb: peaks,
      });
    });
  });
}

interface Timed {
  startedMs: number;
  endedMs: number;
}

/**
 * One client reading partner pages (S1's requests) back to back until `stop()`: every request's
 * start and end, so the ones overlapping the backup can be picked out. A non-200 fails the run.
 */
function keepReading(baseUrl: string, requests: { path: string; headers: Record<string, string> }[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const timings: Timed[] = [];
  let stopped = false;
  const once = (request: (typeof requests)[number]) =>
    new Promise<void>((resolve, reject) => {
      const startedMs = performance.now();
      http
        .get(`${baseUrl}${request.path}`, { agent, headers: request.headers }, (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== 200) {
              reject(new Error(`HTTP ${response.statusCode} from ${request.path} during the backup`));
              return;
            }
            timings.push({ startedMs, endedMs: performance.now() });
            resolve();
          });
        })
        .on('error', reject);
    });
  const done = (async () => {
    for (let n = 0; !stopped; n += 1) await once(requests[n % requests.length]!);
  })();
  return {
    timings,
    async stop() {
      stopped = true;
      await done;
      agent.destroy();
    },
  };
}

function summarise(timings: Timed[]) {
  const sorted = timings.map((t) => t.endedMs - t.startedMs).sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** A photo-like logo (noise compresses badly, as photos do), under the 1 MB logo limit. */
async function logoBytes(seed: number): Promise<Buffer> {
  const width = 320;
  const pixels = Buffer.alloc(width * width * 3);
  let x = seed * 2_654_435_761;
  for (let i = 0; i < pixels.length; i += 1) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    pixels[i] = x >>> 24;
  }
  return sharp(pixels, { raw: { width, height: width, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** Through the app as a manager would: stored file, files row and audit row (the restore checks all three). */
async function uploadLogos(ctx: BenchContext, app: BenchServer, count: number): Promise<void> {
  const dataset = datasetOf(ctx);
  for (let index = 0; index < count; index += 1) {
    const cookie = await ctx.session(app, index);
    const me = await getJson<{ csrfToken: string }>(`${app.baseUrl}/api/v1/me`, { cookie });
    const response = await fetch(
      `${app.baseUrl}/api/v1/institutions/${dataset.institutions[index]!.id}/logo`,
      {
        method: 'PUT',
        headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'image/jpeg' },
        body: new Uint8Array(await logoBytes(index + 1)),
      },
    );
    if (response.status !== 200)
      throw new Error(`logo upload: HTTP ${response.status} ${await response.text()}`);
  }
}

function bytesUnder(target: string): number {
  if (!fs.existsSync(target)) return 0;
  if (fs.statSync(target).isFile()) return fs.statSync(target).size;
  return fs
    .readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function checkOf(target: ServerTarget): Promise<DatabaseCheck> {
  const handle = openDatabase(resolveDatabaseTarget(target.databaseUrl || undefined, target.dataDir));
  try {
    return await checkDatabase(handle);
  } finally {
    await handle.close();
  }
}

/** Every restored file's bytes against the SHA-256 its row recorded; answers how many were checked. */
async function verifyRestoredFiles(target: ServerTarget): Promise<number> {
  const handle = openDatabase(resolveDatabaseTarget(target.databaseUrl || undefined, target.dataDir));
  const store = createDiskFileStore(target.dataDir);
  try {
    const rows = await handle.db.selectFrom('files').select(['storage_key', 'sha256']).execute();
    for (const row of rows) {
      const bytes = await store.read(row.storage_key);
      if (createHash('sha256').update(bytes).digest('hex') !== row.sha256)
        throw new Error(`restored file ${row.storage_key} does not match its hash`);
    }
    return rows.length;
  } finally {
    await handle.close();
  }
}

/** The restored instance answers as the original: the same list page and partner pages, byte for byte as JSON. */
async function compareAnswers(
  ctx: BenchContext,
  original: BenchServer,
  restored: BenchServer,
): Promise<number> {
  const dataset = datasetOf(ctx);
  let compared = 0;
  for (let index = 0; index < Math.min(institutionsCompared, dataset.institutions.length); index += 1) {
    const email = dataset.institutions[index]!.managerEmail;
    const before = { cookie: await ctx.session(original, index) };
    const after = { cookie: await signIn(restored.baseUrl, email, benchPassword) };
    const firstPage = await getJson<Page>(`${original.baseUrl}/api/v1/partners`, before);
    const paths = ['/api/v1/partners', ...firstPage.items.slice(0, 3).map((p) => `/api/v1/partners/${p.id}`)];
    for (const pathname of paths) {
      const [a, b] = await Promise.all([
        getJson(`${original.baseUrl}${pathname}`, before),
        getJson(`${restored.baseUrl}${pathname}`, after),
      ]);
      if (!isDeepStrictEqual(a, b))
        throw new Error(`S9: the restored instance answers ${pathname} differently`);
      compared += 1;
    }
  }
  return compared;
}

/**
 * quality-bars S9: the app's own backup (`jalin backup`, ADR 0006) of the data set while a client
 * keeps reading partner pages, then `jalin restore` into a fresh instance with its checks, the
 * restored files against their hashes, and an app started on the restored copy answering alike.
 */
export const scenario: Scenario = {
  id: 'S9',
  name: 'Online backup while a client reads; restore into a fresh instance and verify',
  needsDataset: true,
  async run(ctx) {
    const dataset = datasetOf(ctx);
    const used = dataset.institutions.slice(0, institutionsUsed);
    const backupDir = fs.mkdtempSync(path.join(path.dirname(ctx.target.dataDir), 'jalin-s9-'));
    const backupFile = path.join(backupDir, 'jalin-backup');
    const fresh = await createBenchDatabase(ctx.dialect);
    const restoredTarget: ServerTarget = { dataDir: fresh.dataDir, databaseUrl: fresh.databaseUrl };
    const app = await startServer('app', ctx.target);
    try {
      await uploadLogos(ctx, app, used.length);
      const requests: { path: string; headers: Record<string, string> }[] = [];
      for (const [index] of used.entries()) {
        const headers = { cookie: await ctx.session(app, index) };
        const page = await getJson<Page>(`${app.baseUrl}/api/v1/partners`, headers);
        requests.push({ path: '/api/v1/partners', headers });
        if (page.nextCursor)
          requests.push({ path: `/api/v1/partners?cursor=${encodeURIComponent(page.nextCursor)}`, headers });
      }
      await buildBundlesFirst(ctx);
      const reader = keepReading(app.baseUrl, requests);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const backupStartedMs = performance.now();
      const backup = await runJalin(['backup', backupFile], ctx.target, backupFile);
      const backupSeconds = backup.sinceFileSeconds ?? backup.seconds;
      const backupEndedMs = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await reader.stop();
      if (backup.status !== 0) throw new Error(`jalin backup failed: ${backup.stderr || backup.stdout}`);
      const during = summarise(
        reader.timings.filter((t) => t.endedMs > backupStartedMs && t.startedMs < backupEndedMs),
      );
      const baseline = summarise(reader.timings.filter((t) => t.endedMs <= backupStartedMs));
      const archive = {
        databaseMb: round(bytesUnder(backupFile) / 2 ** 20),
        filesMb: round(bytesUnder(`${backupFile}.files`) / 2 ** 20),
      };
      ctx.log(
        `    backup ${backupSeconds} s (command ${backup.seconds} s; ${archive.databaseMb} MB + ${archive.filesMb} MB files); reads during it: ${during.requests}, p95 ${during.p95Ms} ms, longest ${during.maxMs} ms (before: p95 ${baseline.p95Ms} ms)`,
      );
      const source = await checkOf(ctx.target);

      const restore = await runJalin(['restore', backupFile], restoredTarget);
      const restoreEndedAt = performance.now();
      if (restore.status !== 0) throw new Error(`jalin restore failed: ${restore.stderr || restore.stdout}`);
      const verdict = JSON.parse(restore.stdout) as DatabaseCheck;
      const filesChecked = await verifyRestoredFiles(restoredTarget);
      const restoreSeconds = round(restore.seconds + (performance.now() - restoreEndedAt) / 1000);
      if (verdict.integrity !== 'ok' || !verdict.auditChain.ok)
        throw new Error(`S9: restore check failed: ${JSON.stringify(verdict.auditChain)}`);
      if (!isDeepStrictEqual(verdict.rowCounts, source.rowCounts))
        throw new Error('S9: restored row counts differ from the original');
      if (!isDeepStrictEqual(verdict.auditChain, source.auditChain))
        throw new Error('S9: restored audit chain differs from the original');
      if (filesChecked !== source.rowCounts.files) throw new Error('S9: not every file row was checked');
      ctx.log(
        `    restore + verify ${restoreSeconds} s (${Object.keys(verdict.rowCounts).length} tables, ${verdict.auditChain.checked} audit rows, ${filesChecked} files hashed)`,
      );

      const restored = await startServer('app', restoredTarget);
      let pagesCompared: number;
      try {
        pagesCompared = await compareAnswers(ctx, app, restored);
      } finally {
        await restored.stop();
      }
      const checks = [
        check('backup (archive + files)', '≤ 15 s', backupSeconds, ' s', backupSeconds <= 15),
        check('backup command, spawn to exit', '≤ 15 s', backup.seconds, ' s', backup.seconds <= 15),
        check('longest read during the backup', '≤ 1000 ms', during.maxMs, ' ms', during.maxMs <= 1000),
        check('restore + verify', '≤ 120 s', restoreSeconds, ' s', restoreSeconds <= 120),
      ];
      const rows = Object.values(source.rowCounts).reduce((a, b) => a + b, 0);
      return {
        id: 'S9',
        name: scenario.name,
        dialect: ctx.dialect,
        size: ctx.size,
        target: 'backup ≤ 15 s with no request stalled > 1 s; restore + verify ≤ 2 min',
        figures: {
          backupSeconds,
          backupCommandSeconds: backup.seconds,
          archiveMb: archive,
          readsDuringBackup: during,
          readsBefore: baseline,
          restoreSeconds: restore.seconds,
          restoreAndVerifySeconds: restoreSeconds,
          peakRssMb: {
            server: app.peakRssMb(),
            backupCli: backup.peakRssMb.cli,
            backupTool: backup.peakRssMb.tool,
            restoreCli: restore.peakRssMb.cli,
            restoreTool: restore.peakRssMb.tool,
          },
          rows,
          auditRows: verdict.auditChain.checked,
          files: filesChecked,
          pagesCompared,
        },
        checks,
        met: allMet(checks),
        notes: [
          'No floor: the targets are absolute. Backup and restore are `npm run jalin -- backup|restore` run as child processes. "Backup" runs from the archive file appearing (VACUUM INTO or pg_dump starting) to the command exiting, files copied; "backup command" adds the start-up and boot of the compiled command. Restore + verify is the whole command.',
          `One client read S1's pages throughout; "during" is every request overlapping the backup. Restore + verify is the CLI's restore (copy or pg_restore, migrate, integrity check, row counts, audit chain) plus hashing every restored file; the restored row counts and chain equal the original's, and an app started on the copy answered ${pagesCompared} list and partner pages equal to the original's.`,
          `The file store holds the ${used.length} logos uploaded through the app before the backup (and whatever the data set stores); copying files scales with their bytes.`,
        ],
      };
    } finally {
      await app.stop();
      await fresh.drop();
      fs.rmSync(backupDir, { recursive: true, force: true });
    }
  },
};
