/** Background work in this process: use cases enqueue a stored job; the runner picks it up. */
export interface JobQueue {
  enqueue(jobId: string): void;
  /** Jobs left queued or running by a stopped process (imports are idempotent, so they run again). */
  resumeUnfinished(): Promise<void>;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  whenIdle(): Promise<void>;
  /** Stops between steps of the current job, leaving it to be resumed at the next start. */
  stop(): Promise<void>;
}

/** Thrown inside a job when the process is shutting down; the job stays unfinished. */
export class JobInterrupted extends Error {
  constructor() {
    super('job interrupted by shutdown');
  }
}
