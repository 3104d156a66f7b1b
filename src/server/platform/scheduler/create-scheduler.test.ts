import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { openDatabase, type DatabaseHandle } from '../../db/database';
import { FakeClock } from '../clock';
import { createScheduler } from './create-scheduler';
import { dueLocalDays } from './local-slots';
import type { RunContext, ScheduledTask } from './scheduled-task';

/** A daily task (from 06:00 WITA, three days of catch-up) that records every run it is given. */
function recordingTask(name: string, runs: RunContext[], options: { failOnce?: Set<string> } = {}) {
  const task: ScheduledTask = {
    name,
    dueSlots: (_db, now) => Promise.resolve(dueLocalDays(now, 'WITA', 6, 3).map((day) => `lkp:${day}`)),
    async run(context) {
      // Slow enough that two schedulers' claims overlap in time.
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (options.failOnce?.delete(context.slotKey)) throw new Error('mail server away');
      runs.push(context);
    },
  };
  return task;
}

describeEachDatabase('scheduler', (dialect) => {
  let t: TestApp;
  let second: DatabaseHandle;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    second = openDatabase(t.database.target);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('runs a slot once when two schedulers share one database, and catches up missed days once each', async () => {
    // 2026-11-29 07:00 WITA
    const clock = new FakeClock(new Date('2026-11-28T23:00:00.000Z'));
    const runs: RunContext[] = [];
    const a = createScheduler({ db: t.deps.db, clock }, [recordingTask('once', runs)], {
      log: () => undefined,
    });
    const b = createScheduler({ db: second.db, clock }, [recordingTask('once', runs)], {
      log: () => undefined,
    });
    await Promise.all([a.runDueTasks(), b.runDueTasks(), a.runDueTasks(), b.runDueTasks()]);
    expect(runs.map((run) => run.slotKey).sort()).toEqual([
      'lkp:2026-11-26',
      'lkp:2026-11-27',
      'lkp:2026-11-28',
      'lkp:2026-11-29',
    ]);
    await Promise.all([a.runDueTasks(), b.runDueTasks()]);
    expect(runs).toHaveLength(4);

    // Down for two days: back on 2026-12-01 at 09:00 WITA, the two missed days and today run, once.
    clock.set(new Date('2026-12-01T01:00:00.000Z'));
    await Promise.all([a.runDueTasks(), b.runDueTasks()]);
    await Promise.all([a.runDueTasks(), b.runDueTasks()]);
    expect(
      runs
        .slice(4)
        .map((run) => run.slotKey)
        .sort(),
    ).toEqual(['lkp:2026-11-30', 'lkp:2026-12-01']);
    const rows = await t.deps.db
      .selectFrom('scheduled_runs')
      .selectAll()
      .where('task', '=', 'once')
      .orderBy('slot_key')
      .execute();
    expect(rows.map((row) => [row.slot_key, row.status, row.attempts])).toEqual(
      ['11-26', '11-27', '11-28', '11-29', '11-30', '12-01'].map((day) => [`lkp:2026-${day}`, 'done', 1]),
    );

    // Before 06:00 the day's slot is not due yet.
    clock.set(new Date('2026-12-01T21:30:00.000Z'));
    await a.runDueTasks();
    expect(runs).toHaveLength(6);
  });

  it('takes over a run whose holder died (lease expired), and retries a failed run on the next tick', async () => {
    const clock = new FakeClock(new Date('2026-11-28T23:00:00.000Z'));
    const deadline = new Date(clock.now().getTime() + 60_000).toISOString();
    // A process claimed today's slot and died without finishing.
    await t.deps.db
      .insertInto('scheduled_runs')
      .values({
        task: 'lease',
        slot_key: 'lkp:2026-11-29',
        status: 'running',
        owner: 'dead-host:1234',
        lease_until: deadline,
        started_at: clock.now().toISOString(),
        finished_at: null,
        attempts: 1,
      })
      .execute();
    const runs: RunContext[] = [];
    const failOnce = new Set(['lkp:2026-11-28']);
    const scheduler = createScheduler(
      { db: second.db, clock },
      [recordingTask('lease', runs, { failOnce })],
      {
        log: () => undefined,
      },
    );
    await scheduler.runDueTasks();
    // Still leased by the dead process: left alone; the failed slot is released for the next tick.
    expect(runs.map((run) => run.slotKey).sort()).toEqual(['lkp:2026-11-26', 'lkp:2026-11-27']);

    clock.advance(61_000);
    await scheduler.runDueTasks();
    expect(runs.map((run) => run.slotKey).sort()).toEqual([
      'lkp:2026-11-26',
      'lkp:2026-11-27',
      'lkp:2026-11-28',
      'lkp:2026-11-29',
    ]);
    const taken = await t.deps.db
      .selectFrom('scheduled_runs')
      .selectAll()
      .where('task', '=', 'lease')
      .where('slot_key', 'in', ['lkp:2026-11-28', 'lkp:2026-11-29'])
      .orderBy('slot_key')
      .execute();
    expect(taken.map((row) => [row.status, row.attempts])).toEqual([
      ['done', 2],
      ['done', 2],
    ]);
    expect(taken[1]!.owner).not.toBe('dead-host:1234');
  });

  it('a stop ends a catch-up after the slot in hand; the next start runs the rest, each once', async () => {
    // 2026-11-29 07:00 WITA: four days due (three of catch-up and today).
    const clock = new FakeClock(new Date('2026-11-28T23:00:00.000Z'));
    const started: string[] = [];
    const runs: RunContext[] = [];
    const task = recordingTask('stopping', runs);
    const watched: ScheduledTask = {
      ...task,
      run(context) {
        started.push(context.slotKey);
        return task.run(context);
      },
    };
    const first = createScheduler({ db: t.deps.db, clock }, [watched], { log: () => undefined });
    first.start();
    while (started.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    await first.stop();
    expect(runs.map((run) => run.slotKey)).toEqual(['lkp:2026-11-26']);

    const next = createScheduler({ db: t.deps.db, clock }, [watched], { log: () => undefined });
    await next.runDueTasks();
    expect(runs.map((run) => run.slotKey)).toEqual([
      'lkp:2026-11-26',
      'lkp:2026-11-27',
      'lkp:2026-11-28',
      'lkp:2026-11-29',
    ]);
  });
});
