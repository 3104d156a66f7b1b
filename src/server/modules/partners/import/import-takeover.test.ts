import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportServers, type ImportServers } from '../../../../../tests/setup/import-server';
import {
  copyDatabase,
  createTemplateDatabase,
  expectImportedOnce,
  finishedJob,
  inspectImport,
  reachShare,
  rowCount,
  serverTargetOf,
  signIn,
  uploadImport,
} from '../../../../../tests/setup/import-trials';
import { postgresUrl, type TestDatabase } from '../../../../../tests/setup/test-databases';

// Promise 18 needs processes sharing one database server; two SQLite processes are not a deployment.
describe.skipIf(!postgresUrl)('an import across two app processes on one PostgreSQL', () => {
  let servers: ImportServers;
  let template: TestDatabase;

  beforeAll(async () => {
    servers = await createImportServers();
    template = await createTemplateDatabase('postgres');
  }, 120_000);
  afterAll(async () => {
    await template?.drop();
    await servers?.close();
  });

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
});
