import type { AppConfig } from './config/config';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createWorkerJobQueue } from './modules/jobs/index';
import { seedRegions } from './modules/regions/index';
import type { AppDeps } from './platform/app-deps';
import { systemClock, type Clock } from './platform/clock';
import { createMailer, type Mailer } from './platform/mail/mailer';
import { wirePartnershipFacts } from './partnership-fact-wiring';
import { wireCareAgenda } from './care-agenda-wiring';
import { wireAppDeps } from './wire-app-deps';

/**
 * How boot fills the reference regions: `full` waits for all four levels; `without-villages` skips
 * the 83,763 villages (tests); `villages-later` waits for provinces to districts and leaves the
 * villages to `seedRemainingRegions()`, which the server calls once it listens (ADR 0007).
 */
export type RegionSeeding = 'full' | 'without-villages' | 'villages-later';

export interface BootOptions {
  clock?: Clock;
  mailer?: Mailer;
  log?: (message: string) => void;
  regions?: RegionSeeding;
  /**
   * The job thread's entry (dist/server/job-worker.mjs beside the bundled server): jobs run there on
   * their own connection (ADR 0037). Without it, or on an in-memory SQLite database that another
   * connection cannot see, they run on this thread.
   */
  jobWorker?: URL;
}

export interface Booted {
  deps: AppDeps;
  handle: DatabaseHandle;
  appliedMigrations: string[];
  /** Seeds what `regions: 'villages-later'` left out (idempotent); resolves at once otherwise. */
  seedRemainingRegions: () => Promise<void>;
}

/** Opens and migrates the database, seeds the regions and wires the dependencies every use case receives. */
export async function boot(config: AppConfig, options: BootOptions = {}): Promise<Booted> {
  wirePartnershipFacts();
  wireCareAgenda();
  const handle = openDatabase(config.database);
  const appliedMigrations = await migrateToLatest(handle.db);
  const regions = options.regions ?? 'full';
  await seedRegions(handle.db, { includeVillages: regions === 'full' });
  const log = options.log ?? ((message: string) => console.error(message));
  const inMemory = config.database.dialect === 'sqlite' && config.database.filename === ':memory:';
  const deps = wireAppDeps(config, handle, {
    clock: options.clock ?? systemClock,
    mailer: options.mailer ?? createMailer(config.smtpUrl, config.mailFrom, log),
    log,
    jobThread: options.jobWorker && !inMemory ? createWorkerJobQueue(options.jobWorker, config, log) : null,
  });
  const seedRemainingRegions = async () => {
    if (regions !== 'villages-later') return;
    await seedRegions(handle.db, { includeVillages: true, levels: ['village'] });
  };
  return { deps, handle, appliedMigrations, seedRemainingRegions };
}
