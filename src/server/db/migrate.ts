import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001_create_foundation';
import * as m0002 from './migrations/0002_create_regions';
import * as m0003 from './migrations/0003_create_partners';
import * as m0004 from './migrations/0004_create_jobs';
import * as m0005 from './migrations/0005_create_partner_merges';
import * as m0006 from './migrations/0006_scope_partner_search';
import * as m0007 from './migrations/0007_create_partnerships';

/** Listed by hand so the bundle-free `tsx` start and the tests see the same, ordered set. */
export const migrations: Record<string, Migration> = {
  '0001_create_foundation': m0001,
  '0002_create_regions': m0002,
  '0003_create_partners': m0003,
  '0004_create_jobs': m0004,
  '0005_create_partner_merges': m0005,
  '0006_scope_partner_search': m0006,
  '0007_create_partnerships': m0007,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
