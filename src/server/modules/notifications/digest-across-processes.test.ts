import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import { createInteractionVia } from '../../../../tests/factories/engagement';
import { witaMorning } from '../../../../tests/factories/care-reminders';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs } from '../../../../tests/factories/people';
import { startSmtpSink, type SmtpSink } from '../../../../tests/setup/smtp-sink';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { postgresUrl } from '../../../../tests/setup/test-databases';

const script = fileURLToPath(new URL('../../../../tests/setup/scheduler-process.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

function startProcess(env: Record<string, string>): ChildProcess & { output: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout!.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  return child;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

// Two real processes need a server both can reach: PostgreSQL (CI sets TEST_DATABASE_URL and fails skips).
describe.skipIf(!postgresUrl)('reminders across two app processes on one PostgreSQL', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const processes: ChildProcess[] = [];
  const users: { userId: string; email: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp('postgres');
    // Each message waits before its 250, so a process can be killed with one in flight.
    sink = await startSmtpSink({ acceptDelayMs: 300 });
    const { institutionId, adminEmail, adminId } = await createInstitutionFixture(t);
    users.push({ userId: adminId, email: adminEmail });
    const admin = await logInAs(t, adminEmail);
    const today = localDateOf(t.clock.now(), 'WITA');
    for (let n = 1; n <= 8; n += 1) {
      const facilitator = await createUserFixture(t, institutionId, 'facilitator', {
        name: `Fasilitator ${n}`,
      });
      users.push(facilitator);
      const partner = await createPartnerVia(admin, { facilitatorUserId: facilitator.userId });
      await createInteractionVia(admin, [partner.id], {
        followUp: { task: `Tindak lanjut nomor ${n}`, dueOn: addDays(today, -1) },
      });
    }
  }, 120_000);

  afterAll(async () => {
    for (const child of processes) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await sink.close();
    await t.close();
  });

  it('sends each digest exactly once, and the survivor finishes what a killed process left', async () => {
    const today = localDateOf(t.clock.now(), 'WITA');
    const common = {
      JALIN_TEST_DB: (t.database.target as { connectionString: string }).connectionString,
      SMTP_URL: sink.url,
      CLOCK_START: witaMorning(addDays(today, 1)).toISOString(),
      LEASE_MS: '2500',
      TICK_MS: '100',
    };
    const a = startProcess({ ...common, MAIL_FROM: 'proses-a@jalin.test' });
    const b = startProcess({ ...common, MAIL_FROM: 'proses-b@jalin.test' });
    processes.push(a, b);

    // Kill A with a digest of its in flight: the sink never answered it, so it was not delivered.
    await until(
      () => sink.pendingFrom.includes('proses-a@jalin.test'),
      60_000,
      `process A to send (output: ${a.output.join('')} ${b.output.join('')})`,
    );
    a.kill('SIGKILL');
    await exited(a);
    const deliveredBeforeKill = sink.messages.length;

    const unsent = async () =>
      (await t.deps.db.selectFrom('notifications').select('id').where('digest_sent_at', 'is', null).execute())
        .length;
    await until(async () => (await unsent()) === 0 && sink.pendingFrom.length === 0, 60_000, 'every digest');
    // A few more ticks: nothing more may go out.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    b.kill('SIGTERM');
    await exited(b);

    const notifications = await t.deps.db.selectFrom('notifications').selectAll().execute();
    expect(notifications.length).toBeGreaterThanOrEqual(16);
    for (const user of users) {
      const mine = notifications.filter((row) => row.user_id === user.userId);
      const mail = sink.messages.filter((message) => message.to.includes(user.email));
      expect(mail, user.email).toHaveLength(1);
      for (const row of mine) if (row.detail) expect(mail[0]!.text).toContain(row.detail);
    }
    expect(sink.messages).toHaveLength(users.length);
    expect(sink.messages.some((message) => message.from === 'proses-b@jalin.test')).toBe(true);
    expect(deliveredBeforeKill).toBeLessThan(users.length);
    const runs = await t.deps.db.selectFrom('scheduled_runs').selectAll().execute();
    expect(runs.every((run) => run.status === 'done')).toBe(true);
    // The digest A was sending when it died was taken over after its lease ran out.
    expect(runs.some((run) => run.attempts > 1)).toBe(true);
  }, 150_000);
});
