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
  /** The job thread's tasks when jobs run on their own thread (ADR 0037); absent, work stays on this one. */
  offThread?: OffThreadTasks;
}
