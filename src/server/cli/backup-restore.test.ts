import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { countInstitutionTables, snapshotInstitution } from '../../../tests/factories/institution-snapshot';
import { describeEachDatabase } from '../../../tests/setup/test-app';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-databases';
import { cliTargetOf, runCli } from '../../../tests/setup/run-cli';
import { boot } from '../boot';
import { loadConfig } from '../config/config';
import { openDatabase, type DatabaseHandle } from '../db/database';
import { createDiskFileStore } from '../platform/files/file-store';
import { insertFileRow } from '../platform/files/files.repository';
import { newId } from '../platform/ids';
import { checkDatabase } from './check-database';

function countsPerInstitution(handle: DatabaseHandle, table: 'users' | 'audit_events' | 'files') {
  return handle.db
    .selectFrom(table)
    .select((eb) => ['institution_id', eb.fn.countAll<number>().as('n')])
    .groupBy('institution_id')
    .orderBy('institution_id')
    .execute();
}

/** Stores a file and its row as an upload would: bytes under DATA_DIR/files, metadata with the hash. */
async function storeReferencedFile(database: TestDatabase, institutionName: string): Promise<void> {
  const target = cliTargetOf(database);
  const config = loadConfig({
    DATA_DIR: target.dataDir,
    DATABASE_URL: target.databaseUrl,
    LOG_LEVEL: 'silent',
  });
  const { deps, handle } = await boot(config, { log: () => undefined, regions: 'without-villages' });
  try {
    const stored = await deps.files.put(Buffer.from('%PDF-1.7\nperjanjian kerja sama\n'));
    const institution = await deps.db
      .selectFrom('institutions')
      .select('id')
      .where('name', '=', institutionName)
      .executeTakeFirstOrThrow();
    await insertFileRow(deps.db, {
      id: newId(),
      institution_id: institution.id,
      purpose: 'agreement',
      original_name: 'pks.pdf',
      media_type: 'application/pdf',
      size_bytes: stored.sizeBytes,
      sha256: stored.sha256,
      storage_key: stored.storageKey,
      created_by: null,
      created_at: new Date().toISOString(),
    });
  } finally {
    await handle.close();
  }
}

describeEachDatabase('backup and restore (jalin CLI)', (dialect) => {
  const databases: TestDatabase[] = [];
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-backup-'));

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(backupDir, { recursive: true, force: true });
  });

  // Spawns the real command seven times (2-3 s each, more under load).
  it(
    'restores into a fresh instance: integrity ok, equal row counts, audit chain and files intact',
    { timeout: 240_000 },
    async () => {
      const source = await createTestDatabase(dialect);
      const target = await createTestDatabase(dialect);
      databases.push(source, target);

      expect((await runCli(['demo'], cliTargetOf(source))).status).toBe(0);
      const password = 'anyaman purun dari nagara';
      const admin = await runCli(
        [
          'create-admin',
          '--email',
          'admin@lkp-kedua.id',
          '--password',
          password,
          '--institution',
          'LKP Kedua',
        ],
        cliTargetOf(source),
      );
      expect(admin.status).toBe(0);
      await storeReferencedFile(source, 'LKP Kedua');

      const backupFile = path.join(backupDir, dialect, 'jalin-backup');
      const backup = await runCli(['backup', backupFile], cliTargetOf(source));
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      // The file stored above, the demo's signed PKS (two drawn signatures and the signed copy) and
      // the evidence of its year of activities (five photos, two attendance lists).
      expect(backup.stdout).toContain('(11 stored files copied beside it)');
      const magic = fs
        .readFileSync(backupFile)
        .subarray(0, dialect === 'postgres' ? 5 : 15)
        .toString('ascii');
      expect(magic).toBe(dialect === 'postgres' ? 'PGDMP' : 'SQLite format 3');
      const again = await runCli(['backup', backupFile], cliTargetOf(source));
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');

      const restore = await runCli(['restore', backupFile], cliTargetOf(target));
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      expect(JSON.parse(restore.stdout)).toMatchObject({ integrity: 'ok', auditChain: { ok: true } });

      const a = openDatabase(source.target);
      const b = openDatabase(target.target);
      try {
        const [before, after] = [await checkDatabase(a), await checkDatabase(b)];
        expect(before.integrity).toBe('ok');
        expect(after.integrity).toBe('ok');
        expect(after.rowCounts).toEqual(before.rowCounts);
        // The demo's three LKPs and district office (five accounts), and LKP Kedua with its admin.
        expect(after.rowCounts).toMatchObject({ institutions: 5, users: 6, files: 11 });
        expect(after.rowCounts.audit_events).toBeGreaterThanOrEqual(5);
        expect(after.auditChain).toEqual(before.auditChain);
        expect(after.auditChain).toEqual({ ok: true, checked: after.rowCounts.audit_events });
        for (const table of ['users', 'audit_events', 'files'] as const) {
          expect(await countsPerInstitution(b, table)).toEqual(await countsPerInstitution(a, table));
        }
        // Every row of every table each institution owns, not only the counts.
        const institutions = await a.db.selectFrom('institutions').select('id').execute();
        expect(await countInstitutionTables(a.db, dialect)).toBeGreaterThan(40);
        for (const { id } of institutions) {
          expect(await snapshotInstitution(b.db, dialect, id), id).toBe(
            await snapshotInstitution(a.db, dialect, id),
          );
        }
        const restoredFiles = createDiskFileStore(target.dataDir);
        for (const row of await b.db.selectFrom('files').select(['storage_key', 'sha256']).execute()) {
          const bytes = await restoredFiles.read(row.storage_key);
          expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
        }
      } finally {
        await a.close();
        await b.close();
      }

      // The restored instance keeps working: new audit rows extend the restored chain.
      const demoAgain = await runCli(['demo'], cliTargetOf(target));
      expect(demoAgain.status).toBe(0);
      expect(demoAgain.stdout).toContain('kata sandi diganti');
      const verify = await runCli(['audit-verify'], cliTargetOf(target));
      expect(verify.stdout.trim()).toBe('ok');
      expect(verify.status).toBe(0);

      // A restore never overwrites live data.
      const refused = await runCli(['restore', backupFile], cliTargetOf(target));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/already holds a database|not empty/);
    },
  );
});
