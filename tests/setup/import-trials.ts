/**
 * The import whose process is killed (import-crash.test.ts) or taken over by another process
 * (import-takeover.test.ts): a 2,500-row file, a template database with its administrator copied per
 * trial, and what the database holds of an import afterwards, read by a fresh connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Job } from '../../src/shared/contracts/jobs';
import type { PartnerImportResult } from '../../src/shared/contracts/partner-import';
import type { Dialect } from '../../src/server/db/dialect-of';
import { openDatabase } from '../../src/server/db/database';
import { checkDatabase } from '../../src/server/cli/check-database';
import { boot } from '../../src/server/boot';
import { systemClock } from '../../src/server/platform/clock';
import { createInstitutionWithAdmin } from '../../src/server/modules/institutions/index';
import { partnerImportJobInputSchema } from '../../src/server/modules/partners/import/partner-import-job-input';
import { csv, type Cell } from '../factories/spreadsheets';
import type { ServerTarget } from './import-server';
import { testConfig } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-databases';

/** Every row of the file is valid and new, so each batch commits at 500 written rows (run-partner-import.ts). */
export const rowsPerBatch = 500;
export const rowCount = 2_500;
const adminEmail = 'admin@lkp-uji.id';
const password = 'benang merah rajutan 2026';

const syllables = 'ba ci du fe ga hi ju ka li mo nu pa ri sa tu wa'.split(' ');
/** A made-up word per number: names that neither repeat nor contain one another (no duplicate warnings). */
export function wordOf(n: number): string {
  let word = '';
  for (let rest = n, k = 0; k < 3; k += 1, rest = Math.floor(rest / syllables.length))
    word += syllables[rest % syllables.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const partnerNames = Array.from({ length: rowCount }, (_, n) => `Usaha ${wordOf(n)}`);
export const importFile = csv([
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
export async function createTemplateDatabase(dialect: Dialect): Promise<TestDatabase> {
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

/** A copy of the template for one trial. */
export const copyDatabase = (template: TestDatabase): Promise<TestDatabase> =>
  createTestDatabase(template.target.dialect, template);

export const serverTargetOf = (database: TestDatabase): ServerTarget =>
  database.target.dialect === 'postgres'
    ? { dataDir: database.dataDir, databaseUrl: database.target.connectionString }
    : { dataDir: database.dataDir };

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(baseUrl: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in: HTTP ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken };
}

export async function uploadImport(baseUrl: string, session: Session): Promise<Job> {
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

export function readJob(baseUrl: string, session: Session, jobId: string): Promise<Job<PartnerImportResult>> {
  return fetch(`${baseUrl}/api/v1/jobs/${jobId}`, { headers: { cookie: session.cookie } }).then(
    (response) => response.json() as Promise<Job<PartnerImportResult>>,
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the job as the web app does until it has an outcome (the deadline only stops a hang). */
export async function finishedJob(
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
export async function reachShare(
  baseUrl: string,
  session: Session,
  jobId: string,
  share: number,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = await readJob(baseUrl, session, jobId);
    if (job.status === 'succeeded' || job.status === 'failed' || job.progress >= share) return;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still at ${job.progress}`);
    await sleep(10);
  }
}

/** What the database holds of one import, read by a fresh connection as a restarted process would. */
export async function inspectImport(database: TestDatabase, jobId: string) {
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

export type ImportState = Awaited<ReturnType<typeof inspectImport>>;

/**
 * Every partner stored has its contact, tags, needs and search row, is named by exactly one audit
 * row of the job, and the database and its audit chain check clean.
 */
export function expectWholePartners(state: ImportState, label: string): void {
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
export function expectImportedOnce(state: ImportState, label: string): void {
  expect(state.partners.map((p) => p.name).sort(), label).toEqual([...partnerNames].sort());
  expect(new Set(state.partners.map((p) => p.import_key)).size, label).toBe(rowCount);
  expectWholePartners(state, label);
}
