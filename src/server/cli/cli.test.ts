import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCompiledCli } from '../../../tests/setup/run-cli';
import { boot } from '../boot';
import { loadConfig } from '../config/config';
import { openDatabase, type DatabaseHandle } from '../db/database';
import { logIn } from '../modules/institutions/log-in';
import { AppError } from '../platform/http/app-error';
import { newId } from '../platform/ids';
import { checkDatabase } from './check-database';

const tempDirs: string[] = [];

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-cli-'));
  tempDirs.push(dir);
  return dir;
}

function parseDemoAccounts(stdout: string): { role: string; email: string; password: string }[] {
  return [...stdout.matchAll(/^\s+(\w+)\s+(\S+@\S+)\s+(\S+)\s*$/gm)].map((m) => ({
    role: m[1]!,
    email: m[2]!,
    password: m[3]!,
  }));
}

/** Boots the app on the same data directory and signs in, as the login route would. */
async function canLogIn(dataDir: string, email: string, password: string): Promise<boolean> {
  const { deps, handle } = await boot(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
    mailer: { configured: false, send: () => Promise.resolve(false) },
    log: () => undefined,
    regions: 'without-villages',
  });
  try {
    const result = await logIn(
      deps,
      { email, password },
      { address: '127.0.0.1', requestId: newId(), previousSessionSecret: undefined },
    );
    return result.principal.email === email;
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') return false;
    throw error;
  } finally {
    await handle.close();
  }
}

function createAdmin(
  dataDir: string,
  email: string,
  password: string,
  institution: string,
  ...extra: string[]
) {
  const args = ['create-admin', '--email', email, '--password', password, '--institution', institution];
  return runCli([...args, ...extra], { dataDir });
}

function openDataDir(dataDir: string): DatabaseHandle {
  return openDatabase({ dialect: 'sqlite', filename: path.join(dataDir, 'jalin.db') });
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// Each case spawns the real command several times (2-3 s each, more under load).
describe('jalin CLI [sqlite]', { timeout: 120_000 }, () => {
  it('demo prints three accounts whose passwords log in; a second run prints new working ones', async () => {
    const dataDir = newDataDir();
    const first = await runCli(['demo'], { dataDir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('LKP Tas Rajut Banjarbaru');
    const accounts = parseDemoAccounts(first.stdout);
    expect(accounts.map((a) => [a.role, a.email])).toEqual([
      ['manager', 'pengelola@demo.jalin.id'],
      ['facilitator', 'pendamping@demo.jalin.id'],
      ['supervisor', 'penilik@demo.jalin.id'],
    ]);
    for (const account of accounts)
      expect(await canLogIn(dataDir, account.email, account.password)).toBe(true);

    const second = await runCli(['demo'], { dataDir });
    expect(second.status).toBe(0);
    const renewed = parseDemoAccounts(second.stdout);
    expect(renewed.map((a) => a.email)).toEqual(accounts.map((a) => a.email));
    for (const [index, account] of renewed.entries()) {
      expect(account.password).not.toBe(accounts[index]!.password);
      expect(await canLogIn(dataDir, account.email, account.password)).toBe(true);
      expect(await canLogIn(dataDir, account.email, accounts[index]!.password)).toBe(false);
    }
    const handle = openDataDir(dataDir);
    try {
      // The district around it: every institution on the map, the office hosting the supervisor of 63.
      const institutions = await handle.db
        .selectFrom('institutions')
        .select(['id', 'name', 'region_code', 'latitude', 'longitude'])
        .orderBy('name')
        .execute();
      expect(institutions.map((i) => [i.name, i.region_code])).toEqual([
        ['Dinas Pendidikan Provinsi Kalimantan Selatan', '63'],
        ['LKP Batik Surabaya', '35.78'],
        ['LKP Sasirangan Banjarmasin', '63.71'],
        ['LKP Tas Rajut Banjarbaru', '63.72'],
      ]);
      for (const institution of institutions) expect(institution.latitude).not.toBeNull();
      const regions = await handle.db.selectFrom('supervised_regions').select('region_code').execute();
      expect(regions.map((r) => r.region_code)).toEqual(['63']);
      const rollups = await handle.db.selectFrom('rollup_states').select('institution_id').execute();
      expect(rollups).toHaveLength(4);
      const mainId = institutions.find((i) => i.name === 'LKP Tas Rajut Banjarbaru')!.id;
      // A living pipeline, each partnership brought to its stage through the gated moves.
      const stages = await handle.db
        .selectFrom('partnerships')
        .select('stage')
        .where('institution_id', '=', mainId)
        .orderBy('stage')
        .execute();
      expect(stages.map((p) => p.stage)).toEqual([
        'analysis',
        'exploration',
        'follow_up',
        'implementation',
        'information_gathering',
        'mapping',
        'not_pursued',
      ]);
      // The knitted-bag KSO went on through its approved plan to a PKS signed by both sides, a year
      // of activities, a joint evaluation deciding to continue with changes, and next year's plan.
      const plans = await handle.db
        .selectFrom('work_plans')
        .select(['cycle_year', 'status'])
        .orderBy('cycle_year')
        .execute();
      expect(plans.map((plan) => [plan.cycle_year, plan.status])).toEqual([
        [2026, 'approved'],
        [2027, 'draft'],
      ]);
      const evaluations = await handle.db.selectFrom('evaluations').select('decision').execute();
      expect(evaluations.map((e) => e.decision)).toEqual(['continue_with_changes']);
      const evidence = await handle.db.selectFrom('activity_evidence').select('kind').execute();
      expect(evidence.length).toBeGreaterThan(0);
      const problems = await handle.db.selectFrom('partnership_problems').select('status').execute();
      expect(problems.map((p) => p.status)).toEqual(['solved']);
      // Relationship care: the Idulfitri greeting went, one feedback form answered and one waiting,
      // a temu mitra with a reply, and this morning's reminders in the bell.
      const messages = await handle.db
        .selectFrom('outgoing_messages')
        .select(['purpose', 'status'])
        .execute();
      expect(messages).toEqual([{ purpose: 'greeting', status: 'sent' }]);
      const feedback = await handle.db
        .selectFrom('feedback_requests')
        .select('status')
        .orderBy('status')
        .execute();
      expect(feedback.map((f) => f.status)).toEqual(['answered', 'sent']);
      const replies = await handle.db.selectFrom('gathering_invitations').select('reply').execute();
      expect(replies.map((r) => r.reply).sort()).toEqual(['attending', 'pending', 'pending']);
      const reminders = await handle.db.selectFrom('notifications').select('reason').distinct().execute();
      expect(reminders.map((r) => r.reason)).toEqual(
        expect.arrayContaining(['cadence_due', 'follow_up_due', 'occasion_coming', 'feedback_unanswered']),
      );
      const agreements = await handle.db
        .selectFrom('agreements')
        .select(['kind', 'status', 'final_sha256', 'final_file_id', 'institution_number'])
        .orderBy('kind')
        .execute();
      expect(agreements.map((a) => [a.kind, a.status])).toEqual([
        ['mou', 'draft'],
        ['pks', 'active'],
      ]);
      const signed = agreements[1]!;
      expect(signed.final_sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(signed.institution_number).toMatch(/PKS/);
      const signatures = await handle.db.selectFrom('agreement_signatures').select('party').execute();
      expect(signatures.map((row) => row.party).sort()).toEqual(['institution', 'partner']);
      const positive = await handle.db
        .selectFrom('partnership_meetings')
        .select('outcome')
        .where('outcome', '=', 'positive')
        .execute();
      expect(positive).toHaveLength(1);
      const needs = await handle.db.selectFrom('needs').select('title').execute();
      expect(needs).toHaveLength(3);
      const decisions = await handle.db.selectFrom('need_decisions').select('decision').execute();
      expect(decisions.map((d) => d.decision).sort()).toEqual(['not_now', 'pursue']);
      const overdue = await handle.db
        .selectFrom('interactions')
        .select('follow_up_task')
        .where('follow_up_due_on', '<', new Date().toISOString().slice(0, 10))
        .execute();
      expect(overdue).toHaveLength(1);
      expect((await checkDatabase(handle)).auditChain.ok).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('create-admin creates an administrator who can log in; a weak password exits non-zero', async () => {
    const dataDir = newDataDir();
    const password = 'kain tenun biru dari martapura';
    const created = await createAdmin(
      dataDir,
      'Nur.Hidayah@LKP-Intan.id',
      password,
      'LKP Intan Martapura',
      '--time-zone',
      'WITA',
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('nur.hidayah@lkp-intan.id');
    expect(await canLogIn(dataDir, 'nur.hidayah@lkp-intan.id', password)).toBe(true);
    const handle = openDataDir(dataDir);
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

    const weak = await createAdmin(dataDir, 'lain@lkp-intan.id', 'password123', 'LKP Lain');
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toMatch(/password/i);
    const missing = await runCli(
      ['create-admin', '--email', 'lain@lkp-intan.id', '--institution', 'LKP Lain'],
      { dataDir },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--password is required');
    const check = openDataDir(dataDir);
    try {
      expect(await check.db.selectFrom('users').select('email').execute()).toEqual([
        { email: 'nur.hidayah@lkp-intan.id' },
      ]);
    } finally {
      await check.close();
    }
  });

  it('audit-verify prints ok, then the tampered sequence (exit 1) after a row is changed', async () => {
    const dataDir = newDataDir();
    expect((await runCli(['demo'], { dataDir })).status).toBe(0);
    const clean = await runCli(['audit-verify'], { dataDir });
    expect(clean.stdout.trim()).toBe('ok');
    expect(clean.status).toBe(0);

    const sqlite = new SqliteDatabase(path.join(dataDir, 'jalin.db'));
    const target = sqlite
      .prepare('SELECT sequence, id FROM audit_events ORDER BY sequence LIMIT 1 OFFSET 1')
      .get() as { sequence: number; id: string };
    expect(() =>
      sqlite
        .prepare('UPDATE audit_events SET actor_name = ? WHERE sequence = ?')
        .run('Penyusup', target.sequence),
    ).toThrow(/append-only/);
    sqlite.exec('DROP TRIGGER audit_events_no_update');
    sqlite
      .prepare('UPDATE audit_events SET actor_name = ? WHERE sequence = ?')
      .run('Penyusup', target.sequence);
    sqlite.close();

    const tampered = await runCli(['audit-verify'], { dataDir });
    expect(tampered.status).toBe(1);
    expect(tampered.stdout.trim()).toBe(
      `tampered: sequence ${target.sequence} (id ${target.id}): HASH_MISMATCH`,
    );
  });

  it('a wrong environment value exits non-zero naming the variable', async () => {
    const result = await runCli(['audit-verify'], { dataDir: newDataDir() }, { PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\s+- PORT: /m);
    expect(result.stdout).toBe('');
  });

  it('npm run jalin runs the compiled command, built from the sources it is older than', async () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.jalin).toBe('node scripts/jalin.mjs');
    const dataDir = newDataDir();
    const migrated = await runCompiledCli(['migrate'], { dataDir });
    expect(migrated.status).toBe(0);
    expect(migrated.stdout).toMatch(/^applied: 0001_create_foundation, /);
    const bundle = fs.statSync(path.join('dist', 'server', 'jalin.mjs'));
    expect(bundle.mtimeMs).toBeGreaterThan(
      fs.statSync(path.join('src', 'server', 'cli', 'jalin.ts')).mtimeMs,
    );
    const verified = await runCompiledCli(['audit-verify'], { dataDir });
    expect({ status: verified.status, stdout: verified.stdout }).toEqual({ status: 0, stdout: 'ok\n' });
    const unknown = await runCompiledCli(['no-such-command'], { dataDir });
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toContain('Usage: npm run jalin');
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const result = await runCli(['no-such-command'], { dataDir: newDataDir() });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('Usage: npm run jalin');
  });
});
