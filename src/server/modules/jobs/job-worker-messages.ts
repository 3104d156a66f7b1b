import type { AppConfig } from '../../config/config';

/** What the serving thread hands the job thread when it starts it (structured-cloned). */
export interface JobWorkerData {
  config: AppConfig;
}

/** Serving thread → job thread. Each `ask` is answered once by a `JobWorkerReply` with its `askId`. */
export type JobWorkerRequest =
  | { type: 'enqueue'; jobId: string }
  | { type: 'ask'; askId: number; question: 'resumeUnfinished' | 'whenIdle' | 'stop' };

/** Job thread → serving thread. */
export type JobWorkerReply =
  { type: 'answer'; askId: number; error?: string } | { type: 'log'; message: string };
