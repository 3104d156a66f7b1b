import os from 'node:os';
import { Cron } from 'croner';
import type { Db } from '../../db/database';
import type { Clock } from '../clock';
import { newId } from '../ids';
import type { ScheduledTask } from './scheduled-task';
import {
  deleteRunsStartedBefore,
  insertRunClaim,
  listFinishedSlotKeys,
  markRunDone,
  releaseRun,
  takeOverExpiredRun,
  type RunClaim,
} from './scheduled-runs.repository';

export interface SchedulerOptions {
  /** How long a claim holds before another process may take the slot over. */
  leaseMs?: number;
  /** A slot that failed this many times is left alone (its row says so). */
  maxAttempts?: number;
  /** croner pattern; each minute by default. */
  pattern?: string;
  owner?: string;
  log?: (message: string) => void;
}

export interface Scheduler {
  /** One tick: every task's due slots, each claimed and run once. Callable directly (tests). */
  runDueTasks(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

const keepDoneRunsMs = 30 * 86_400_000;

export function createScheduler(
  deps: { db: Db; clock: Clock },
  tasks: ScheduledTask[],
  options: SchedulerOptions = {},
): Scheduler {
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${newId().slice(-8)}`;
  const log = options.log ?? ((message: string) => console.error(message));
  let cron: Cron | null = null;
  let ticking: Promise<void> | null = null;
  // A stop ends a catch-up after the slot in hand: a shutdown used to wait for every missed slot.
  let stopping = false;

  async function claim(task: string, slotKey: string): Promise<RunClaim | null> {
    const now = deps.clock.now();
    const attempt: RunClaim = {
      task,
      slotKey,
      owner: `${owner}:${newId().slice(-8)}`,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
    };
    if (await insertRunClaim(deps.db, attempt)) return attempt;
    if (await takeOverExpiredRun(deps.db, attempt, maxAttempts)) return attempt;
    return null;
  }

  async function runTask(task: ScheduledTask): Promise<void> {
    const slots = await task.dueSlots(deps.db, deps.clock.now());
    const finished = await listFinishedSlotKeys(deps.db, task.name, slots);
    for (const slotKey of slots) {
      if (stopping) return;
      if (finished.has(slotKey)) continue;
      // better-sqlite3 answers synchronously, so a catch-up of many slots is one long chain of
      // microtasks: yielding here lets requests (a first /health at start) in between slots.
      await new Promise((resolve) => setImmediate(resolve));
      const held = await claim(task.name, slotKey);
      if (!held) continue;
      const key = { task: task.name, slotKey, owner: held.owner };
      try {
        await task.run({ slotKey, runId: held.owner, leaseUntil: held.leaseUntil, now: deps.clock.now() });
        await markRunDone(deps.db, key, deps.clock.now().toISOString());
      } catch (error) {
        log(
          `scheduled ${task.name} ${slotKey} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        await releaseRun(deps.db, key, deps.clock.now().toISOString());
      }
    }
  }

  async function tick(): Promise<void> {
    for (const task of tasks) {
      if (stopping) return;
      try {
        await runTask(task);
      } catch (error) {
        log(
          `scheduled ${task.name} could not start: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    try {
      await deleteRunsStartedBefore(
        deps.db,
        new Date(deps.clock.now().getTime() - keepDoneRunsMs).toISOString(),
      );
    } catch (error) {
      // A database away for a moment must not end the process: the next tick tries again.
      log(`scheduled runs not pruned: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function runDueTasks(): Promise<void> {
    // One tick at a time per process; a tick that overlaps the running one waits for it.
    ticking ??= tick().finally(() => {
      ticking = null;
    });
    return ticking;
  }

  return {
    runDueTasks,
    start() {
      if (cron) return;
      stopping = false;
      cron = new Cron(options.pattern ?? '* * * * *', { protect: true }, () => runDueTasks());
      void runDueTasks();
    },
    async stop() {
      stopping = true;
      cron?.stop();
      cron = null;
      await ticking;
    },
  };
}
