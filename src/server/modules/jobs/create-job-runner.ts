import type { ErrorCode } from '../../../shared/contracts/common';
import type { AppDeps } from '../../platform/app-deps';
import { JobInterrupted, type JobQueue } from '../../platform/jobs/job-queue';
import { AppError } from '../../platform/http/app-error';
import type { JobHandler } from './job-handler';
import type { JobRow } from './jobs.repository';
import { newId } from '../../platform/ids';
import {
  claimJobRow,
  findJobRowById,
  finishJobRow,
  listFinishedJobRows,
  listUnclaimedJobIds,
  releaseJobLease,
  renewJobLease,
  saveJobProgress,
} from './jobs.repository';

const progressIntervalMs = 250;
/**
 * A runner renews its lease every `jobLeaseMs / 4` while the job runs; a process that died stops
 * renewing, and after `jobLeaseMs` another process's poll takes the job over. Long enough that a
 * render holding the event loop for seconds does not lose it.
 */
export const jobLeaseMs = 60_000;

/**
 * One job at a time per process, in the order enqueued: imports are heavy writers, and on SQLite
 * two would only queue behind each other's transactions anyway. Across processes a job runs where
 * its lease is held (`claimJobRow`), so each job runs once however many processes enqueue or poll it.
 */
export function createJobRunner(
  getDeps: () => AppDeps,
  handlers: JobHandler[],
  log: (message: string) => void,
): JobQueue {
  const byKind = new Map(handlers.map((handler) => [handler.kind, handler]));
  const owner = newId();
  const waiting: string[] = [];
  let current: Promise<void> | null = null;
  let stopping = false;
  let idleWaiters: (() => void)[] = [];

  const checkpoint = () => {
    if (stopping) throw new JobInterrupted();
  };

  async function cleanUp(deps: AppDeps, handler: JobHandler, job: JobRow): Promise<void> {
    await handler
      .cleanUpFinished?.(deps, job)
      .catch((error: unknown) => log(`job ${job.id}: clean-up after finishing failed: ${String(error)}`));
  }

  /** Once per process: what a process killed between storing an outcome and its clean-up left. */
  let sweep: Promise<void> | null = null;
  function sweepFinished(deps: AppDeps): Promise<void> {
    sweep ??= (async () => {
      const cleaning = handlers.filter((handler) => handler.cleanUpFinished !== undefined);
      const rows = await listFinishedJobRows(
        deps.db,
        cleaning.map((handler) => handler.kind),
      );
      for (const row of rows) await cleanUp(deps, byKind.get(row.kind as JobHandler['kind'])!, row);
    })().catch((error: unknown) => {
      sweep = null;
      throw error;
    });
    return sweep;
  }

  async function runOne(jobId: string): Promise<void> {
    const deps = getDeps();
    const leaseUntil = () => new Date(deps.clock.now().getTime() + jobLeaseMs).toISOString();
    const now = () => deps.clock.now().toISOString();
    const claimed = await claimJobRow(deps.db, jobId, { owner, now: now(), leaseUntil: leaseUntil() });
    if (!claimed) return;
    const job = await findJobRowById(deps.db, jobId);
    if (!job) return;
    const finish = (outcome: Parameters<typeof finishJobRow>[3]) =>
      finishJobRow(deps.db, jobId, owner, outcome);
    const handler = byKind.get(job.kind as JobHandler['kind']);
    if (!handler) {
      await finish({
        status: 'failed',
        result_json: null,
        result_file_key: null,
        error_code: 'INTERNAL',
        finished_at: now(),
      });
      return;
    }
    const renewal = setInterval(() => {
      renewJobLease(deps.db, jobId, owner, leaseUntil()).catch((error: unknown) =>
        log(`job ${jobId}: lease not renewed: ${String(error)}`),
      );
    }, jobLeaseMs / 4);
    renewal.unref();
    let lastSaved = 0;
    try {
      const outcome = await handler.run({
        deps,
        job,
        checkpoint,
        async reportProgress(progress) {
          checkpoint();
          const at = Date.now();
          if (at - lastSaved < progressIntervalMs) return;
          lastSaved = at;
          await saveJobProgress(deps.db, jobId, Math.max(0, Math.min(0.99, progress)));
        },
      });
      const file = outcome.resultFile ? await deps.files.put(outcome.resultFile) : null;
      const stored = await finish({
        status: 'succeeded',
        result_json: JSON.stringify(outcome.result),
        result_file_key: file?.storageKey ?? null,
        error_code: null,
        finished_at: now(),
      });
      // Inside the try, a failed clean-up would overwrite the stored success with a failure.
      if (stored) await cleanUp(deps, handler, job);
    } catch (error) {
      if (error instanceof JobInterrupted) {
        await releaseJobLease(deps.db, jobId, owner);
        return;
      }
      const code: ErrorCode = error instanceof AppError ? error.code : 'INTERNAL';
      if (code === 'INTERNAL') log(`job ${jobId} (${job.kind}) failed: ${String(error)}`);
      const stored = await finish({
        status: 'failed',
        result_json: error instanceof AppError && error.details ? JSON.stringify(error.details) : null,
        result_file_key: null,
        error_code: code,
        finished_at: now(),
      });
      if (stored) await cleanUp(deps, handler, job);
    } finally {
      clearInterval(renewal);
    }
  }

  function pump(): void {
    if (current || stopping) return;
    const next = waiting.shift();
    if (!next) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
      return;
    }
    current = runOne(next)
      .catch((error: unknown) => log(`job ${next} could not run: ${String(error)}`))
      .finally(() => {
        current = null;
        pump();
      });
  }

  return {
    enqueue(jobId) {
      if (!waiting.includes(jobId)) waiting.push(jobId);
      pump();
    },
    async resumeUnfinished() {
      const deps = getDeps();
      await sweepFinished(deps);
      for (const { id } of await listUnclaimedJobIds(deps.db, deps.clock.now().toISOString()))
        this.enqueue(id);
    },
    whenIdle() {
      if (!current && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      stopping = true;
      waiting.length = 0;
      await current;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    },
  };
}
