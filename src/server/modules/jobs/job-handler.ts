import type { JobKind } from '../../../shared/contracts/jobs';
import type { AppDeps } from '../../platform/app-deps';
import type { JobRow } from './jobs.repository';

export interface JobContext {
  deps: AppDeps;
  job: JobRow;
  /** 0–1; stored at most a few times a second. Throws JobInterrupted when shutting down. */
  reportProgress: (progress: number) => Promise<void>;
  /** Throws JobInterrupted when the process is stopping; call between batches. */
  checkpoint: () => void;
}

export interface JobOutcome {
  result: unknown;
  resultFile?: Buffer;
}

/** What a module contributes for one kind of job. */
export interface JobHandler {
  kind: JobKind;
  run(context: JobContext): Promise<JobOutcome>;
  /**
   * Clean-up that must wait until no run of the job can follow (an import's upload, which a run
   * taken over after a crash reads again). Runs once the job is stored finished, succeeded or
   * failed, in the runner that stored it, and again for every finished job of the kind when a
   * process starts, so a process killed in between leaves nothing behind. Must be idempotent.
   */
  cleanUpFinished?: (deps: AppDeps, job: JobRow) => Promise<void>;
}

/**
 * Work a module hands to the task thread and waits for (`deps.offThread.run(kind, input)`; ADR 0037),
 * registered for that thread in job-handlers.ts. Input and answer cross threads by structured clone.
 */
export interface OffThreadTask {
  kind: string;
  run(deps: AppDeps, input: unknown): Promise<unknown>;
}
