/** How often a process looks for jobs no runner holds (main.ts). */
export const jobPollMs = 30_000;

/** Background work in this process: use cases enqueue a stored job; the runner picks it up. */
export interface JobQueue {
  enqueue(jobId: string): void;
  /**
   * Enqueues the unfinished jobs no live runner holds: left by a stopped process, handed back at a
   * shutdown, or held by a process whose lease ran out (imports are idempotent, so they run again).
   * Called at start and then every `jobPollMs` (main.ts), so a job a dead process held is taken over.
   */
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

/**
 * Work a module hands to a thread of its own and waits for (ADR 0037; not the job thread, where a
 * render would hold it for seconds), by a kind the thread knows (job-handlers.ts):
 * structured-cloneable input in, structured-cloneable answer out.
 */
export interface OffThreadTasks {
  run(kind: string, input: unknown): Promise<unknown>;
}
