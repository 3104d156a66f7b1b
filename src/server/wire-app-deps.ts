import type { AppConfig } from './config/config';
import type { DatabaseHandle } from './db/database';
import { allJobHandlers } from './job-handlers';
import { createJobRunner } from './modules/jobs/index';
import type { AppDeps } from './platform/app-deps';
import type { Clock } from './platform/clock';
import { createDiskFileStore } from './platform/files/file-store';
import type { JobQueue, OffThreadTasks } from './platform/jobs/job-queue';
import type { Mailer } from './platform/mail/mailer';

/**
 * The dependencies every use case receives, on the serving thread (boot.ts) and on a job or task
 * thread (job-worker.ts) alike. With `jobThread`, jobs and tasks go there (ADR 0037); without it, a
 * runner on this thread runs the jobs.
 */
export function wireAppDeps(
  config: AppConfig,
  handle: DatabaseHandle,
  options: {
    clock: Clock;
    mailer: Mailer;
    log: (message: string) => void;
    jobThread: (JobQueue & OffThreadTasks) | null;
  },
): AppDeps {
  // The runner needs the finished deps and the deps carry the runner: it reads them lazily.
  let wired: AppDeps | null = null;
  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    clock: options.clock,
    mailer: options.mailer,
    files: createDiskFileStore(config.dataDir),
    jobs: options.jobThread ?? createJobRunner(() => wired!, allJobHandlers, options.log),
    ...(options.jobThread ? { offThread: options.jobThread } : {}),
  };
  wired = deps;
  return deps;
}
