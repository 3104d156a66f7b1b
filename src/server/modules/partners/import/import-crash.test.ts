import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partnerImportJobInputSchema } from './partner-import-job-input';
import { createImportServers, type ImportServers } from '../../../../../tests/setup/import-server';
import {
  copyDatabase,
  createTemplateDatabase,
  expectImportedOnce,
  expectWholePartners,
  finishedJob,
  inspectImport,
  reachShare,
  rowCount,
  rowsPerBatch,
  serverTargetOf,
  signIn,
  sleep,
  uploadImport,
  type Session,
} from '../../../../../tests/setup/import-trials';
import { cliTargetOf, runCli } from '../../../../../tests/setup/run-cli';
import { describeEachDatabase } from '../../../../../tests/setup/test-app';
import type { TestDatabase } from '../../../../../tests/setup/test-databases';

const trialsPerDatabase = 20;
const seed = Number(process.env.IMPORT_CRASH_SEED ?? 15_2026);

/** mulberry32: the kill points of a run follow from the seed, so a failing trial can be run again. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Landing = 'before the first commit' | 'mid-way' | 'after the last commit' | 'after the end';

interface Running {
  baseUrl: string;
  session: Session;
  jobId: string;
  dataDir: string;
}

/**
 * Resolves as the files change once the upload is in: the job is storing its report, every batch
 * written, and is about to mark itself finished. Random kills seldom land in those milliseconds.
 */
async function reportBeingStored({ dataDir }: Running): Promise<void> {
  const root = path.join(dataDir, 'files');
  const listing = () => fs.readdirSync(root, { recursive: true }).map(String).sort().join('\n');
  const before = listing();
  const [upload] = before.split('\n').filter((entry) => entry.includes('/'));
  await new Promise<void>((resolve) => {
    // The report goes into a new folder or beside the upload, wherever its generated name falls.
    const watchers = [root, path.join(root, path.dirname(upload!))].map((dir) => fs.watch(dir, check));
    function check() {
      if (listing() === before) return;
      for (const watcher of watchers) watcher.close();
      resolve();
    }
    check();
  });
}

let servers: ImportServers;
beforeAll(async () => {
  servers = await createImportServers();
}, 60_000);
afterAll(() => servers?.close());

describeEachDatabase('a partner import killed with SIGKILL', (dialect) => {
  const random = seededRandom(seed + (dialect === 'postgres' ? 1 : 0));
  // A share up to 1.2 of the file: about one kill in six waits for the job to have finished. Progress
  // is stored too seldom to aim before the first commit, so every fifth trial kills within 300 ms of
  // the upload instead. The extra delay moves a kill off the moment a progress report was stored.
  const killPoints = Array.from({ length: trialsPerDatabase }, (_, index) => {
    const early = index % 5 === 4;
    return {
      trial: index + 1,
      share: early ? 0 : Math.round(random() * 120) / 100,
      delayMs: Math.round(random() * (early ? 300 : 100)),
    };
  });
  let template: TestDatabase;
  /** From the upload's 202 to the finished job of the import nobody kills (reported, not asserted). */
  let importMs = 0;
  const landings: Record<Landing, number> = {
    'before the first commit': 0,
    'mid-way': 0,
    'after the last commit': 0,
    'after the end': 0,
  };
  let startedAt = 0;

  beforeAll(async () => {
    startedAt = performance.now();
    template = await createTemplateDatabase(dialect);
  }, 120_000);

  afterAll(async () => {
    await template?.drop();
    const seconds = Math.round((performance.now() - startedAt) / 1000);
    console.log(
      `[${dialect}] seed ${seed}: ${Object.values(landings).reduce((a, b) => a + b)} kills in ${seconds} s, ` +
        `an import unkilled ${Math.round(importMs)} ms; ` +
        Object.entries(landings)
          .map(([where, n]) => `${n} ${where}`)
          .join(', '),
    );
  });

  /**
   * One process imports the file and is killed where `killPoint` resolves; what it left must be whole
   * batches on a clean database. A process started a lease later then takes the job over, as the
   * product does with a dead holder's job (ADR 0027), and must finish the import exactly once.
   */
  async function killAndRestart(
    label: string,
    killPoint: (running: Running) => Promise<void>,
    options: { runCheckCommand?: boolean } = {},
  ): Promise<void> {
    const database = await copyDatabase(template);
    try {
      const first = await servers.start(serverTargetOf(database));
      let running: Running;
      try {
        const session = await signIn(first.baseUrl);
        const job = await uploadImport(first.baseUrl, session);
        running = { baseUrl: first.baseUrl, session, jobId: job.id, dataDir: database.dataDir };
        await killPoint(running);
      } finally {
        await first.stop('SIGKILL');
      }

      const killed = await inspectImport(database, running.jobId);
      const committed = killed.partners.length;
      landings[
        killed.job.status === 'succeeded'
          ? 'after the end'
          : committed === rowCount
            ? 'after the last commit'
            : committed === 0
              ? 'before the first commit'
              : 'mid-way'
      ] += 1;
      const afterKill = `${label}, ${committed} rows committed, job ${killed.job.status}`;
      expect(['queued', 'running', 'succeeded'], afterKill).toContain(killed.job.status);
      expect(committed % rowsPerBatch === 0 || committed === rowCount, afterKill).toBe(true);
      for (const ids of killed.createdPerAuditRow) expect(ids.length, afterKill).toBe(rowsPerBatch);
      if (killed.job.status === 'succeeded') expect(committed, afterKill).toBe(rowCount);
      // The process that takes the job over reads the upload again.
      else expect(killed.uploadKept, afterKill).toBe(true);
      expectWholePartners(killed, afterKill);
      if (options.runCheckCommand) {
        const cli = await runCli(['check'], cliTargetOf(database));
        expect(cli.status, `${afterKill}: ${cli.stdout}${cli.stderr}`).toBe(0);
      }

      const restarted = await servers.start(serverTargetOf(database), { leaseRanOut: true });
      try {
        const finished = await finishedJob(restarted.baseUrl, running.session, running.jobId);
        expect(finished.status, `${afterKill}: ${JSON.stringify(finished.error)}`).toBe('succeeded');
        if (killed.job.status !== 'succeeded') {
          expect(finished.result, afterKill).toMatchObject({
            totalRows: rowCount,
            counts: { created: rowCount - committed, unchanged: committed, duplicate: 0, rejected: 0 },
          });
        }
        const report = await fetch(`${restarted.baseUrl}${finished.resultFileUrl}`, {
          headers: { cookie: running.session.cookie },
        });
        expect(report.status, afterKill).toBe(200);
        // A kill between storing the outcome and removing the upload left it behind: the restarted
        // process removes the uploads of finished imports as it starts, beside the requests above.
        const { fileKey } = partnerImportJobInputSchema.parse(JSON.parse(killed.job.input_json));
        const upload = path.join(database.dataDir, 'files', fileKey);
        for (let waited = 0; fs.existsSync(upload) && waited < 15_000; waited += 100) await sleep(100);
      } finally {
        await restarted.stop('SIGTERM');
      }
      const final = await inspectImport(database, running.jobId);
      expectImportedOnce(final, afterKill);
      expect(final.uploadKept, afterKill).toBe(false);
    } finally {
      await database.drop();
    }
  }

  it('an import nobody kills writes every row once, and the same file again writes nothing', async () => {
    const database = await copyDatabase(template);
    try {
      const server = await servers.start(serverTargetOf(database));
      try {
        const session = await signIn(server.baseUrl);
        const uploadedAt = performance.now();
        const job = await uploadImport(server.baseUrl, session);
        const finished = await finishedJob(server.baseUrl, session, job.id);
        importMs = performance.now() - uploadedAt;
        expect(finished.status).toBe('succeeded');
        expect(finished.result).toMatchObject({ totalRows: rowCount, counts: { created: rowCount } });
        const again = await finishedJob(
          server.baseUrl,
          session,
          (await uploadImport(server.baseUrl, session)).id,
        );
        expect(again.result?.counts).toMatchObject({ created: 0, unchanged: rowCount });
        const state = await inspectImport(database, job.id);
        expect(state.createdPerAuditRow.map((ids) => ids.length)).toEqual(
          Array.from({ length: rowCount / rowsPerBatch }, () => rowsPerBatch),
        );
        expectImportedOnce(state, 'uninterrupted');
      } finally {
        await server.stop('SIGTERM');
      }
    } finally {
      await database.drop();
    }
  }, 120_000);

  it.each(killPoints)(
    'trial $trial: killed $delayMs ms past $share of the file read, a restart finishes it exactly once',
    ({ trial, share, delayMs }) =>
      killAndRestart(
        `${dialect} trial ${trial} (seed ${seed}, killed ${delayMs} ms past ${share})`,
        async ({ baseUrl, session, jobId }) => {
          await reachShare(baseUrl, session, jobId, share);
          await sleep(delayMs);
        },
        { runCheckCommand: trial === 1 },
      ),
    120_000,
  );

  it.each([1, 2])(
    'end %i: killed as the job stores its report, a restart still finishes it exactly once',
    (attempt) => killAndRestart(`${dialect} end ${attempt}`, reportBeingStored),
    120_000,
  );
});
