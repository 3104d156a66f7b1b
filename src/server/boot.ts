import type { AppConfig } from './config/config';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { AppDeps } from './platform/app-deps';
import { systemClock, type Clock } from './platform/clock';
import { createDiskFileStore } from './platform/files/file-store';
import { createMailer, type Mailer } from './platform/mail/mailer';

export interface Booted {
  deps: AppDeps;
  handle: DatabaseHandle;
  appliedMigrations: string[];
}

/** Opens and migrates the database and wires the dependencies every use case receives. */
export async function boot(
  config: AppConfig,
  overrides: { clock?: Clock; mailer?: Mailer; log?: (message: string) => void } = {},
): Promise<Booted> {
  const handle = openDatabase(config.database);
  const appliedMigrations = await migrateToLatest(handle.db);
  const log = overrides.log ?? ((message: string) => console.error(message));
  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    clock: overrides.clock ?? systemClock,
    mailer: overrides.mailer ?? createMailer(config.smtpUrl, config.mailFrom, log),
    files: createDiskFileStore(config.dataDir),
  };
  return { deps, handle, appliedMigrations };
}
