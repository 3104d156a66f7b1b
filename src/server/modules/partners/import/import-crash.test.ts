import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Job } from '../../../../shared/contracts/jobs';
import type { PartnerImportResult } from '../../../../shared/contracts/partner-import';
import type { Dialect } from '../../../db/dialect-of';
import { openDatabase } from '../../../db/database';
import { checkDatabase } from '../../../cli/check-database';
import { boot } from '../../../boot';
import { systemClock } from '../../../platform/clock';
import { createInstitutionWithAdmin } from '../../institutions/index';
import { partnerImportJobInputSchema } from './partner-import-job-input';
import { csv, type Cell } from '../../../../../tests/factories/spreadsheets';
import {
  createImportServers,
  type ImportServers,
  type ServerTarget,
} from '../../../../../tests/setup/import-server';
import { cliTargetOf, runCli } from '../../../../../tests/setup/run-cli';
import { describeEachDatabase, testConfig } from '../../../../../tests/setup/test-app';
import {
  createTestDatabase,
  postgresUrl,
  type TestDatabase,
} from '../../../../../tests/setup/test-databases';

/** Every row of the file is valid and new, so each batch commits at 500 written rows (run-partner-import.ts). */
const rowsPerBatch = 500;
const rowCount = 2_500;
const trialsPerDatabase = 20;
const seed = Number(process.env.IMPORT_CRASH_SEED ?? 15_2026);
const adminEmail = 'admin@lkp-uji.id';
const password = 'benang merah rajutan 2026';

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

const syllables = 'ba ci du fe ga hi ju ka li mo nu pa ri sa tu wa'.split(' ');
/** A made-up word per number: names that neither repeat nor contain one another (no duplicate warnings). */
function wordOf(n: number): string {
  let word = '';
  for (let rest = n, k = 0; k < 3; k += 1, rest = Math.floor(rest / syllables.length))
    word += syllables[rest % syllables.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const partnerNames = Array.from({ length: rowCount }, (_, n) => `Usaha ${wordOf(n)}`);
const importFile = csv([
  ['Nama Mitra', 'Kategori', 'Kab/Kota', 'Narahubung', 'No. HP/WA', 'Email', 'Kebutuhan', 'Label'],
  ...partnerNames.map((name, n): Cell[] => [
    name,
    'DUDI',
    'Kota Banjarbaru',
    `Bapak ${wordOf(n)}`,
    `0812${50_000_000 + n}`,
    `kontak${n}@contoh.id`,
    'Tempat magang',
    'impor, uji',
  ]),
]);

/** An empty, migrated database with one institution and its administrator, copied for each trial. */
async function createTemplateDatabase(dialect: Dialect): Promise<TestDatabase> {
  const database = await createTestDatabase(dialect);
  const { deps, handle } = await boot(testConfig(database), {
    clock: systemClock,
    mailer: { configured: false, send: () => Promise.resolve(false) },
    log: () => undefined,
    regions: 'without-villages',
  });
  await createInstitutionWithAdmin(
    deps,
    {
      institutionName: 'LKP Uji Impor',
      institutionKind: 'LKP',
      timeZone: 'WITA',
      regionCode: '63.72',
      managerName: 'Siti Aminah',
      email: adminEmail,
      password,
    },
    { requestId: null, setupToken: null },
  );
  await handle.close();
  return database;
}

let copies = 0;

async function copyDatabase(template: TestDatabase): Promise<TestDatabase> {
  copies += 1;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-crash-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (template.target.dialect === 'sqlite') {
    const filename = path.join(dataDir, 'jalin.db');
    fs.copyFileSync(template.target.filename, filename);
    return { target: { dialect: 'sqlite', filename }, dataDir, drop: () => Promise.resolve(removeDir()) };
  }
  const templateUrl = new URL(template.target.connectionString);
  const name = `${templateUrl.pathname.slice(1)}_copy${copies}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresUrl! });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE ${templateUrl.pathname.slice(1)}`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    target: { dialect: 'postgres', connectionString: url.toString() },
    dataDir,
    async drop() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeDir();
    },
  };
}

const serverTargetOf = (database: TestDatabase): ServerTarget =>
  database.target.dialect === 'postgres'
    ? { dataDir: database.dataDir, databaseUrl: database.target.connectionString }
    : { dataDir: database.dataDir };

interface Session {
  cookie: string;
  csrfToken: string;
}

async function signIn(baseUrl: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in: HTTP ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken };
}

async function uploadImport(baseUrl: string, session: Session): Promise<Job> {
  const form = new FormData();
  form.append('mode', 'skip_duplicates');
  form.append('file', new Blob([new Uint8Array(importFile)]), 'mitra-binaan.csv');
  const response = await fetch(`${baseUrl}/api/v1/partners/import`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: form,
  });
  if (response.status !== 202) throw new Error(`import: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { job: Job }).job;
}

function readJob(baseUrl: string, session: Session, jobId: string): Promise<Job<PartnerImportResult>> {
  return fetch(`${baseUrl}/api/v1/jobs/${jobId}`, { headers: { cookie: session.cookie } }).then(
    (response) => response.json() as Promise<Job<PartnerImportResult>>,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the job as the web app does until it has an outcome (the deadline only stops a hang). */
async function finishedJob(
  baseUrl: string,
  session: Session,
  jobId: string,
): Promise<Job<PartnerImportResult>> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = await readJob(baseUrl, session, jobId);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status}`);
    await sleep(50);
  }
}

/**
 * Waits until the job has read `share` of its file (its stored progress), or has finished, whichever
 * comes first; a share of 1 or more waits for the end. Progress, not time: a loaded machine then moves
 * every kill point alike.
 */
async function reachShare(baseUrl: string, session: Session, jobId: string, share: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = await readJob(baseUrl, session, jobId);
    if (job.status === 'succeeded' || job.status === 'failed' || job.progress >= share) return;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still at ${job.progress}`);
    await sleep(10);
  }
}

/** What the database holds of one import, read by a fresh connection as a restarted process would. */
async function inspectImport(database: TestDatabase, jobId: string) {
  const handle = openDatabase(database.target);
  try {
    const { db } = handle;
    const job = await db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    const partners = await db.selectFrom('partners').select(['id', 'name', 'import_key']).execute();
    const perPartner = async (
      table: 'partner_contacts' | 'partner_tags' | 'partner_exchange_items' | 'partner_search',
    ) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => [
          eb.fn.countAll<number>().as('rows'),
          eb.fn.count<number>('partner_id').distinct().as('partners'),
        ])
        .executeTakeFirstOrThrow();
      return { rows: Number(row.rows), partners: Number(row.partners) };
    };
    const searchIndexRows =
      database.target.dialect === 'sqlite'
        ? Number(
            (await sql<{ n: number }>`SELECT count(*) AS n FROM partner_search_fts`.execute(db)).rows[0]!.n,
          )
        : null;
    const audits = await db
      .selectFrom('audit_events')
      .select('after_json')
      .where('action', '=', 'partner.imported')
      .where('entity_id', '=', jobId)
      .orderBy('sequence')
      .execute();
    const { fileKey } = partnerImportJobInputSchema.parse(JSON.parse(job.input_json));
    return {
      job,
      partners,
      contacts: await perPartner('partner_contacts'),
      tags: await perPartner('partner_tags'),
      exchangeItems: await perPartner('partner_exchange_items'),
      search: await perPartner('partner_search'),
      searchIndexRows,
      createdPerAuditRow: audits.map((row) =>
        (JSON.parse(row.after_json!) as { created: { id: string }[] }).created.map((p) => p.id),
      ),
      uploadKept: fs.existsSync(path.join(database.dataDir, 'files', fileKey)),
      check: await checkDatabase(handle),
    };
  } finally {
    await handle.close();
  }
}

type ImportState = Awaited<ReturnType<typeof inspectImport>>;

/**
 * Every partner stored has its contact, tags, needs and search row, is named by exactly one audit
 * row of the job, and the database and its audit chain check clean.
 */
function expectWholePartners(state: ImportState, label: string): void {
  const count = state.partners.length;
  expect(state.contacts, label).toEqual({ rows: count, partners: count });
  expect(state.tags, label).toEqual({ rows: 2 * count, partners: count });
  expect(state.exchangeItems, label).toEqual({ rows: count, partners: count });
  expect(state.search, label).toEqual({ rows: count, partners: count });
  if (state.searchIndexRows !== null) expect(state.searchIndexRows, label).toBe(count);
  const named = state.createdPerAuditRow.flat();
  expect(new Set(named).size, label).toBe(named.length);
  expect([...named].sort(), label).toEqual(state.partners.map((p) => p.id).sort());
  expect(state.check.integrity, label).toBe('ok');
  expect(state.check.auditChain, label).toMatchObject({ ok: true });
}

/** Every row of the file is one partner, and no partner is there twice. */
function expectImportedOnce(state: ImportState, label: string): void {
  expect(state.partners.map((p) => p.name).sort(), label).toEqual([...partnerNames].sort());
  expect(new Set(state.partners.map((p) => p.import_key)).size, label).toBe(rowCount);
  expectWholePartners(state, label);
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

  // Promise 18 needs processes sharing one database server; two SQLite processes are not a deployment.
  if (dialect === 'postgres')
    it('two processes on one PostgreSQL: one is killed mid-import, the other, already running, takes the job over once its lease runs out and finishes it exactly once (promise 18)', async () => {
      const database = await copyDatabase(template);
      const target = serverTargetOf(database);
      const first = await servers.start(target);
      const second = await servers.start(target);
      try {
        const session = await signIn(first.baseUrl);
        const job = await uploadImport(first.baseUrl, session);
        await reachShare(first.baseUrl, session, job.id, 0.4);
        await first.stop('SIGKILL');
        const killed = await inspectImport(database, job.id);
        expect(killed.job.status, 'the kill came before the end').toBe('running');
        // The survivor polls for unheld jobs every jobPollMs; the dead holder's lease lasts jobLeaseMs.
        // The session signed in through the killed process is valid on the survivor.
        const finished = await finishedJob(second.baseUrl, session, job.id);
        expect(finished.status, second.output()).toBe('succeeded');
        expect(finished.result).toMatchObject({
          totalRows: rowCount,
          counts: { created: rowCount - killed.partners.length, unchanged: killed.partners.length },
        });
        const final = await inspectImport(database, job.id);
        expect(final.job.claimed_by).not.toBe(killed.job.claimed_by);
        expectImportedOnce(final, 'taken over');
        expect(final.uploadKept).toBe(false);
      } finally {
        await second.stop('SIGTERM');
        await database.drop();
      }
    }, 200_000);

  it.each([1, 2])(
    'end %i: killed as the job stores its report, a restart still finishes it exactly once',
    (attempt) => killAndRestart(`${dialect} end ${attempt}`, reportBeingStored),
    120_000,
  );
});
