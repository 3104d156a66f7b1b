import fs from 'node:fs';
import path from 'node:path';
import { agendaRemindersTask } from '../../src/server/modules/notifications/agenda-reminders-task';
import { agendaRemindersTaskName } from '../../src/server/modules/notifications/index';
import { getJson, startServer, type BenchServer } from '../bench-server';
import { median } from '../measure';
import { runMixedLoad, Targets, type MixedLoadResult } from '../mixed-load';
import { allMet, check, type BenchContext, type Check, type Scenario } from '../scenario';
import { prepareS7Institutions, s7AppPlan, s7Clients, s7ThinkMs, type S7Institution } from '../s7-mix';
import { countWrites, describeMix, s7Checks } from './s7-mixed-load';

const processCount = 3;
/** Annual reports each process is asked for, in each of two waves (the second just before the kill). */
const jobsPerProcessPerWave = 2;

/** `npm start` as each process of an installation runs it: scheduler, roll-up refresher, resumed jobs. */
const startAppProcess = (ctx: BenchContext) =>
  startServer('app', ctx.target, { env: { BENCH_AS_MAIN: '1' } });

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function enqueueAnnualReports(
  apps: BenchServer[],
  institutions: S7Institution[],
  wave: number,
): Promise<{ id: string; process: number }[]> {
  const jobs: { id: string; process: number }[] = [];
  for (const [process, app] of apps.entries()) {
    for (let k = 0; k < jobsPerProcessPerWave; k += 1) {
      const institution =
        institutions[(wave * 17 + process * jobsPerProcessPerWave + k) % institutions.length]!;
      const response = await fetch(`${app.baseUrl}/api/v1/reports/annual-report`, {
        method: 'POST',
        headers: { ...institution.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ year: new Date().getUTCFullYear(), format: k % 2 ? 'pdf' : 'xlsx' }),
      });
      if (response.status !== 202)
        throw new Error(`annual report: HTTP ${response.status} ${await response.text()}`);
      const { job } = (await response.json()) as { job: { id: string } };
      jobs.push({ id: job.id, process });
    }
  }
  return jobs;
}

async function jobStatuses(ctx: BenchContext, ids: string[]) {
  const rows = await ctx.db
    .selectFrom('jobs')
    .select(['id', 'status', 'result_file_key', 'started_at', 'finished_at'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(500);
  }
  return condition();
}

/**
 * The data set stands for an installation that has been running: every institution's reminder slots
 * before its newest due one were run when they fell due. Marked done here, so the processes start with
 * one slot per institution to run (still each once across them) instead of a week's catch-up for 100
 * institutions that no real start would face (the second session's S7M measured that instead).
 */
async function markEarlierReminderSlotsRun(ctx: BenchContext): Promise<number> {
  const due = await agendaRemindersTask(null as never).dueSlots(ctx.db, new Date());
  const newestByInstitution = new Map<string, string>();
  for (const slot of due) {
    const institution = slot.slice(0, slot.lastIndexOf(':'));
    const newest = newestByInstitution.get(institution);
    if (newest === undefined || slot > newest) newestByInstitution.set(institution, slot);
  }
  const newest = new Set(newestByInstitution.values());
  const earlier = due.filter((slot) => !newest.has(slot));
  const now = new Date().toISOString();
  for (let start = 0; start < earlier.length; start += 500) {
    await ctx.db
      .insertInto('scheduled_runs')
      .values(
        earlier.slice(start, start + 500).map((slot) => ({
          task: agendaRemindersTaskName,
          slot_key: slot,
          status: 'done',
          owner: 'bench:data-set',
          lease_until: now,
          started_at: now,
          finished_at: now,
          attempts: 1,
        })),
      )
      .onConflict((oc) => oc.columns(['task', 'slot_key']).doNothing())
      .execute();
  }
  return earlier.length;
}

/**
 * S7 on PostgreSQL with three app processes on one database, each started as `npm start` starts it
 * (scheduler and job runner included). The load generator sends the S7 mix, with S7's think time
 * (ADR 0028), to them in turn, with
 * sessions signed in on the first, in three phases: no job; annual reports asked of every process;
 * a second wave, and one process killed with SIGKILL. The others must keep answering with no error; a
 * replacement process (what a supervisor's restart does) must run the killed one's unfinished jobs;
 * each job must have run once (one result file each) and each reminder slot once.
 */
export const scenario: Scenario = {
  id: 'S7M',
  name: 'S7 over three app processes on one PostgreSQL database, jobs asked of each, one process killed',
  needsDataset: true,
  async run(ctx) {
    const base = { id: 'S7M', name: scenario.name, dialect: ctx.dialect, size: ctx.size };
    const target = `p95 ≤ 50 ms (${s7ThinkMs} ms think time) and 0 errors with a process killed; jobs and reminder slots run once`;
    if (ctx.dialect !== 'postgres') {
      ctx.log('    skipped: several app processes share one database only on PostgreSQL');
      return { ...base, target, figures: {}, checks: [], met: null, notes: ['PostgreSQL only'] };
    }
    const filesDir = path.join(ctx.target.dataDir, 'files');
    const filesBefore = countFiles(filesDir);
    const apps: BenchServer[] = [];
    try {
      const alreadyRun = await markEarlierReminderSlotsRun(ctx);
      ctx.log(`    ${alreadyRun} earlier reminder slots marked run (the data set's past)`);
      for (let i = 0; i < processCount; i += 1) apps.push(await startAppProcess(ctx));
      const institutions = await prepareS7Institutions(ctx, apps[0]!, s7Clients);
      // A session signed in on the first process is honoured by the others (sessions live in the database).
      for (const app of apps.slice(1)) await getJson(`${app.baseUrl}/api/v1/me`, institutions[0]!.headers);
      const ids = institutions.map((i) => i.id);
      const targets = new Targets(apps.map((app) => app.baseUrl));
      const plan = s7AppPlan(institutions);
      await runMixedLoad(targets, plan, { clients: 10, durationMs: 2000 });
      const before = await countWrites(ctx, ids);
      // Three phases of a third each: all processes and no job; a wave of annual reports in every
      // process; a second wave, then SIGKILL to the last process one second in.
      const third = (ctx.s7Seconds * 1000) / 3;
      const jobs: { id: string; process: number }[] = [];
      const paced = { clients: s7Clients, durationMs: third, thinkMs: s7ThinkMs };
      const quiet = await runMixedLoad(targets, plan, paced);
      jobs.push(...(await enqueueAnnualReports(apps, institutions, 0)));
      const withJobs = await runMixedLoad(targets, plan, paced);
      jobs.push(...(await enqueueAnnualReports(apps, institutions, 1)));
      const victim = apps[processCount - 1]!;
      const lastThird = runMixedLoad(targets, plan, paced);
      await sleep(1000);
      victim.child.kill('SIGKILL');
      const afterKill = await lastThird;
      const after = await countWrites(ctx, ids);
      const phases = { quiet, withJobs, afterKill };
      describeMix(ctx, `${processCount} processes, no job`, quiet);
      describeMix(ctx, `${processCount} processes, jobs running`, withJobs);
      describeMix(ctx, 'jobs running, one process killed', afterKill);
      const peakRssMb = apps.map((app) => app.peakRssMb());

      // The survivors finish their own jobs; the victim's wait for its lease to run out (ADR 0027).
      const survivorsJobs = jobs.filter((job) => job.process !== processCount - 1).map((job) => job.id);
      await waitFor(
        async () =>
          [...(await jobStatuses(ctx, survivorsJobs)).values()].every((j) => j.status === 'succeeded'),
        120_000,
      );
      const allIds = jobs.map((j) => j.id);
      const stranded = [...(await jobStatuses(ctx, allIds)).values()].filter(
        (j) => j.status === 'queued' || j.status === 'running',
      ).length;
      ctx.log(
        `    jobs: ${jobs.length} asked, ${stranded} left unfinished by the killed process; restarting it`,
      );
      const replacement = await startAppProcess(ctx);
      apps.push(replacement);
      await waitFor(
        async () => [...(await jobStatuses(ctx, allIds)).values()].every((j) => j.status === 'succeeded'),
        180_000,
      );
      const finalJobs = [...(await jobStatuses(ctx, allIds)).values()];
      const durations = finalJobs
        .filter((j) => j.started_at && j.finished_at)
        .map((j) => Date.parse(j.finished_at!) - Date.parse(j.started_at!))
        .sort((a, b) => a - b);
      const jobDurationsMs = { median: median(durations), max: durations[durations.length - 1] ?? 0 };
      ctx.log(`    job run times: median ${jobDurationsMs.median} ms, max ${jobDurationsMs.max} ms`);
      const succeeded = finalJobs.filter((j) => j.status === 'succeeded' && j.result_file_key).length;
      const resultFiles = countFiles(filesDir) - filesBefore;

      // Reminder slots: one row per (task, slot), each claimed once; which process ran it is in `owner`.
      // dueSlots reads only the database it is given (the task's deps serve its run).
      const dueSlots = await agendaRemindersTask(null as never).dueSlots(ctx.db, new Date());
      await waitFor(async () => {
        const rows = await ctx.db
          .selectFrom('scheduled_runs')
          .select(['status', 'owner'])
          .where('task', '=', agendaRemindersTaskName)
          .execute();
        const settled = rows.filter((r) => r.status === 'done' || r.owner.includes(`:${victim.child.pid}:`));
        return settled.length >= dueSlots.length;
      }, 120_000);
      const runs = await ctx.db
        .selectFrom('scheduled_runs')
        .select(['slot_key', 'status', 'attempts', 'owner'])
        .where('task', '=', agendaRemindersTaskName)
        .execute();
      const pidOf = (owner: string) => owner.split(':')[1];
      const slotsByProcess = apps.map(
        (app) => runs.filter((r) => pidOf(r.owner) === String(app.child.pid)).length,
      );
      const heldByVictim = runs.filter(
        (r) => r.status !== 'done' && pidOf(r.owner) === String(victim.child.pid),
      );
      const duplicatedNotifications = await ctx.db
        .selectFrom('notifications')
        .select(['user_id', 'dedupe_key'])
        .groupBy(['user_id', 'dedupe_key'])
        .having((eb) => eb.fn.countAll(), '>', 1)
        .execute();

      const worst = [quiet, withJobs, afterKill].reduce((a, b) =>
        b.overall.p95Ms > a.overall.p95Ms ? b : a,
      );
      const sum = (pick: (r: MixedLoadResult) => number) => pick(quiet) + pick(withJobs) + pick(afterKill);
      const combined: MixedLoadResult = {
        ...afterKill,
        overall: worst.overall,
        errors: sum((r) => r.errors),
        errorSamples: [...quiet.errorSamples, ...withJobs.errorSamples, ...afterKill.errorSamples],
        answeredByKind: { write: sum((r) => r.answeredByKind.write ?? 0) },
        writesLostInFlight: sum((r) => r.writesLostInFlight),
      };
      const written = {
        interactions: after.interactions - before.interactions,
        audits: after.audits - before.audits,
      };
      const { checks: s7 } = await s7Checks(ctx, combined, written);
      const survivorsAnswered = afterKill.answeredByTarget.slice(0, processCount - 1);
      ctx.log(`    answered per process after the kill: ${afterKill.answeredByTarget.join(' / ')}`);
      const checks: Check[] = [
        ...s7.map((c) => (c.label.endsWith('p95') ? { ...c, label: 'p95 (worst phase)' } : c)),
        {
          label: 'survivors answer after the kill',
          target: 'each > 0',
          value: survivorsAnswered.join(' / '),
          met: survivorsAnswered.every((n) => n > 0),
        },
        check('jobs succeeded', `= ${jobs.length}`, succeeded, '', succeeded === jobs.length),
        check(
          'job result files (one per run)',
          `= ${jobs.length}`,
          resultFiles,
          '',
          resultFiles === jobs.length,
        ),
        check(
          'reminder slots',
          `= ${dueSlots.length}, each claimed once`,
          runs.filter((r) => Number(r.attempts) === 1).length,
          '',
          runs.length === dueSlots.length && runs.every((r) => Number(r.attempts) === 1),
        ),
        check(
          'duplicate reminders',
          '0',
          duplicatedNotifications.length,
          '',
          duplicatedNotifications.length === 0,
        ),
      ];
      return {
        ...base,
        target,
        figures: {
          processes: processCount,
          balancing:
            'round-robin from the load generator, straight to each process; a failed connection takes it out',
          seconds: ctx.s7Seconds,
          clients: s7Clients,
          phases,
          jobDurationsMs,
          peakRssMb,
          written,
          jobs: { asked: jobs.length, strandedByKill: stranded, succeeded, resultFiles },
          reminderSlots: {
            rows: runs.length,
            expected: dueSlots.length,
            markedRunByDataSet: alreadyRun,
            byProcess: slotsByProcess,
            heldByKilledProcess: heldByVictim.length,
          },
        },
        checks,
        met: allMet(checks),
        notes: [
          `a slot the killed process held stays claimed until its 10-minute lease runs out (${heldByVictim.length} here)`,
        ],
      };
    } finally {
      for (const app of apps) await app.stop();
    }
  },
};
