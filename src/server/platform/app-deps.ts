import type { AppConfig } from '../config/config';
import type { Db } from '../db/database';
import type { Dialect } from '../db/dialect-of';
import type { Clock } from './clock';
import type { Mailer } from './mail/mailer';
import type { FileStore } from './files/file-store';
import type { JobQueue, OffThreadTasks } from './jobs/job-queue';

/** What every use case may need, built once at boot and passed down (no module-level singletons). */
export interface AppDeps {
  db: Db;
  dialect: Dialect;
  config: AppConfig;
  clock: Clock;
  mailer: Mailer;
  files: FileStore;
  jobs: JobQueue;
  /** The task thread when jobs run off this one (ADR 0037); absent, that work stays on this thread. */
  offThread?: OffThreadTasks;
}
