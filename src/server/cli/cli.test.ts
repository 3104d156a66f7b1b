import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { boot } from '../boot';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { logIn } from '../modules/institutions/log-in';
import { insertFileRow } from '../platform/files/files.repository';
import { createDiskFileStore } from '../platform/files/file-store';
import { AppError } from '../platform/http/app-error';
import { newId } from '../platform/ids';
import { checkDatabase } from './check-database';

const cliEntry = fileURLToPath(new URL('./jalin.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tempDirs: string[] = [];

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-cli-'));
  tempDirs.push(dir);
  return dir;
}

/** Runs the real `jalin` command in a child process on a SQLite database under `dataDir`. */
function runCli(dataDir: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...extraEnv };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ['--import', 'tsx', cliEntry, ...args], { cwd: repoRoot, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parseDemoAccounts(stdout: string): { role: string; email: string; password: string }[] {
  return [...stdout.matchAll(/^\s+(\w+)\s+(\S+@\S+)\s+(\S+)\s*$/gm)].map((m) => ({ role: m[1]!, email: m[2]!, password: m[3]! }));
}

/** Boots the app on the same data directory and signs in, as the login route would. */
async function canLogIn(dataDir: string, email: string, password: string): Promise<boolean> {
  const { deps, handle } = await boot(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
    mailer: { configured: false, send: () => Promise.resolve(false) },
    log: () => undefined,
  });
  try {
    const result = await logIn(deps, { email, password }, { address: '127.0.0.1', requestId: newId(), previousSessionSecret: undefined });
    return result.principal.email === email;
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') return false;
    throw error;
  } finally {
    await handle.close();
  }
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// Each case spawns the real command several times (about 2 s each under load).
describe('jalin CLI [sqlite]', { timeout: 120_000 }, () => {
  it('demo prints two accounts whose passwords log in; a second run prints new working ones', async () => {
    const dataDir = newDataDir();
    const first = runCli(dataDir, ['demo']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('LKP Tas Rajut Banjarbaru');
    const accounts = parseDemoAccounts(first.stdout);
    expect(accounts.map((a) => [a.role, a.email])).toEqual([
      ['manager', 'pengelola@demo.jalin.id'],
      ['facilitator', 'pendamping@demo.jalin.id'],
    ]);
    for (const account of accounts) expect(await canLogIn(dataDir, account.email, account.password)).toBe(true);

    const second = runCli(dataDir, ['demo']);
    expect(second.status).toBe(0);
    const renewed = parseDemoAccounts(second.stdout);
    expect(renewed.map((a) => a.email)).toEqual(accounts.map((a) => a.email));
    for (const [index, account] of renewed.entries()) {
      expect(account.password).not.toBe(accounts[index]!.password);
      expect(await canLogIn(dataDir, account.email, account.password)).toBe(true);
      expect(await canLogIn(dataDir, account.email, accounts[index]!.password)).toBe(false);
    }
    const handle = openDatabase({ dialect: 'sqlite', filename: path.join(dataDir, 'jalin.db') });
    try {
      expect(await handle.db.selectFrom('institutions').select('name').execute()).toEqual([{ name: 'LKP Tas Rajut Banjarbaru' }]);
      expect((await checkDatabase(handle)).auditChain.ok).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('create-admin creates an administrator who can log in; a weak password exits non-zero', async () => {
    const dataDir = newDataDir();
    const password = 'kain tenun biru dari martapura';
    const created = runCli(dataDir, ['create-admin', '--email', 'Nur.Hidayah@LKP-Intan.id', '--password', password, '--institution', 'LKP Intan Martapura', '--time-zone', 'WITA']);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('nur.hidayah@lkp-intan.id');
    expect(await canLogIn(dataDir, 'nur.hidayah@lkp-intan.id', password)).toBe(true);
    const handle = openDatabase({ dialect: 'sqlite', filename: path.join(dataDir, 'jalin.db') });
    try {
      const row = await handle.db
        .selectFrom('users')
        .innerJoin('institutions', 'institutions.id', 'users.institution_id')
        .select(['users.role', 'institutions.name', 'institutions.time_zone'])
        .where('users.email', '=', 'nur.hidayah@lkp-intan.id')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ role: 'admin', name: 'LKP Intan Martapura', time_zone: 'WITA' });
    } finally {
      await handle.close();
    }

    const weak = runCli(dataDir, ['create-admin', '--email', 'lain@lkp-intan.id', '--password', 'password123', '--institution', 'LKP Lain']);
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toMatch(/password/i);
    const missing = runCli(dataDir, ['create-admin', '--email', 'lain@lkp-intan.id', '--institution', 'LKP Lain']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--password is required');
    const check = openDatabase({ dialect: 'sqlite', filename: path.join(dataDir, 'jalin.db') });
    try {
      expect(await check.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'nur.hidayah@lkp-intan.id' }]);
    } finally {
      await check.close();
    }
  });

  it('audit-verify prints ok, then the tampered sequence (exit 1) after a row is changed', () => {
    const dataDir = newDataDir();
    expect(runCli(dataDir, ['demo']).status).toBe(0);
    const clean = runCli(dataDir, ['audit-verify']);
    expect(clean.stdout.trim()).toBe('ok');
    expect(clean.status).toBe(0);

    const sqlite = new SqliteDatabase(path.join(dataDir, 'jalin.db'));
    const target = sqlite.prepare('SELECT sequence, id FROM audit_events ORDER BY sequence LIMIT 1 OFFSET 1').get() as { sequence: number; id: string };
    expect(() => sqlite.prepare('UPDATE audit_events SET actor_name = ? WHERE sequence = ?').run('Penyusup', target.sequence)).toThrow(/append-only/);
    sqlite.exec('DROP TRIGGER audit_events_no_update');
    sqlite.prepare('UPDATE audit_events SET actor_name = ? WHERE sequence = ?').run('Penyusup', target.sequence);
    sqlite.close();

    const tampered = runCli(dataDir, ['audit-verify']);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout.trim()).toBe(`tampered: sequence ${target.sequence} (id ${target.id}): HASH_MISMATCH`);
  });

  it('backup then restore into a fresh DATA_DIR gives an identical, checked database and files', async () => {
    const source = newDataDir();
    expect(runCli(source, ['demo']).status).toBe(0);
    expect(runCli(source, ['create-admin', '--email', 'admin@lkp-kedua.id', '--password', 'anyaman purun dari nagara', '--institution', 'LKP Kedua']).status).toBe(0);
    // A stored, referenced file, as an upload would leave it.
    const fileBytes = Buffer.from('%PDF-1.7\nperjanjian kerja sama\n');
    const { deps, handle: sourceHandle } = await boot(loadConfig({ DATA_DIR: source, LOG_LEVEL: 'silent' }), { log: () => undefined });
    const stored = await deps.files.put(fileBytes);
    const institution = await deps.db.selectFrom('institutions').select('id').where('name', '=', 'LKP Kedua').executeTakeFirstOrThrow();
    await insertFileRow(deps.db, {
      id: newId(), institution_id: institution.id, purpose: 'agreement', original_name: 'pks.pdf', media_type: 'application/pdf',
      size_bytes: stored.sizeBytes, sha256: stored.sha256, storage_key: stored.storageKey, created_by: null, created_at: new Date().toISOString(),
    });
    await sourceHandle.close();

    const backupFile = path.join(newDataDir(), 'nested', 'jalin-backup.db');
    const backup = runCli(source, ['backup', backupFile]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain('1 stored files');
    expect(runCli(source, ['backup', backupFile]).status).toBe(1);

    const target = newDataDir();
    const restore = runCli(target, ['restore', backupFile]);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    const reported = JSON.parse(restore.stdout) as { integrity: string; auditChain: { ok: boolean } };
    expect(reported.integrity).toBe('ok');
    expect(reported.auditChain.ok).toBe(true);
    expect(runCli(target, ['restore', backupFile]).status).toBe(1);

    const a = openDatabase({ dialect: 'sqlite', filename: path.join(source, 'jalin.db') });
    const b = openDatabase({ dialect: 'sqlite', filename: path.join(target, 'jalin.db') });
    try {
      const [before, after] = [await checkDatabase(a), await checkDatabase(b)];
      expect(after.integrity).toBe('ok');
      expect(before.integrity).toBe('ok');
      expect(after.rowCounts).toEqual(before.rowCounts);
      expect(Object.keys(after.rowCounts)).toContain('audit_events');
      expect(after.rowCounts.users).toBe(3);
      expect(after.rowCounts.files).toBe(1);
      expect(after.auditChain).toEqual(before.auditChain);
      expect(after.auditChain.ok).toBe(true);
      for (const table of ['users', 'audit_events', 'files'] as const) {
        const perInstitution = (h: typeof a) =>
          h.db.selectFrom(table).select((eb) => ['institution_id', eb.fn.countAll<number>().as('n')]).groupBy('institution_id').orderBy('institution_id').execute();
        expect(await perInstitution(b)).toEqual(await perInstitution(a));
      }
      const fileRows = await b.db.selectFrom('files').select(['storage_key', 'sha256']).execute();
      const restoredFiles = createDiskFileStore(target);
      for (const row of fileRows) {
        const bytes = await restoredFiles.read(row.storage_key);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a wrong environment value exits non-zero naming the variable', () => {
    const result = runCli(newDataDir(), ['audit-verify'], { PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\s+- PORT: /m);
    expect(result.stdout).toBe('');
  });

  it('an unknown command prints the usage and exits 2', () => {
    const result = runCli(newDataDir(), ['no-such-command']);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('Usage: npm run jalin');
  });
});
