import type { AppConfig } from '../../config/config';

/** What the serving thread hands a job or task thread when it starts it (structured-cloned). */
export interface JobWorkerData {
  config: AppConfig;
  /** Jobs are background work and yield the cores; a task has a user waiting for it. */
  role: 'jobs' | 'tasks';
}

/** Serving thread → job or task thread. Each `ask` and `task` is answered once by a `JobWorkerReply` with its `askId`. */
export type JobWorkerRequest =
  | { type: 'enqueue'; jobId: string }
  | { type: 'ask'; askId: number; question: 'resumeUnfinished' | 'whenIdle' | 'stop' }
  | { type: 'task'; askId: number; kind: string; input: unknown };

/** Job or task thread → serving thread. */
export type JobWorkerReply =
  { type: 'answer'; askId: number; value?: unknown; error?: string } | { type: 'log'; message: string };
