import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001_create_foundation';
import * as m0002 from './migrations/0002_create_regions';
import * as m0003 from './migrations/0003_create_partners';
import * as m0004 from './migrations/0004_create_jobs';
import * as m0005 from './migrations/0005_create_partner_merges';
import * as m0006 from './migrations/0006_scope_partner_search';
import * as m0007 from './migrations/0007_create_partnerships';
import * as m0008 from './migrations/0008_create_interaction_attachments';
import * as m0009 from './migrations/0009_create_needs';
import * as m0010 from './migrations/0010_create_partnership_meetings';
import * as m0011 from './migrations/0011_add_follow_up_completion';
import * as m0012 from './migrations/0012_create_partnership_patterns';
import * as m0013 from './migrations/0013_create_public_links';
import * as m0014 from './migrations/0014_create_work_plans';
import * as m0015 from './migrations/0015_create_agreements';
import * as m0016 from './migrations/0016_create_activities';
import * as m0017 from './migrations/0017_create_monitoring';
import * as m0018 from './migrations/0018_create_evaluations';
import * as m0019 from './migrations/0019_create_relationship_care';
import * as m0020 from './migrations/0020_create_scheduler_and_notifications';
import * as m0021 from './migrations/0021_create_rollups';
import * as m0022 from './migrations/0022_add_job_leases';
import * as m0023 from './migrations/0023_index_partner_tags_by_partner';
import * as m0024 from './migrations/0024_make_audit_payloads_erasable';
import * as m0025 from './migrations/0025_create_idempotency_keys';
import * as m0026 from './migrations/0026_index_partner_exchange_items_by_partner';

/** Listed by hand so the bundle-free `tsx` start and the tests see the same, ordered set. */
export const migrations: Record<string, Migration> = {
  '0001_create_foundation': m0001,
  '0002_create_regions': m0002,
  '0003_create_partners': m0003,
  '0004_create_jobs': m0004,
  '0005_create_partner_merges': m0005,
  '0006_scope_partner_search': m0006,
  '0007_create_partnerships': m0007,
  '0008_create_interaction_attachments': m0008,
  '0009_create_needs': m0009,
  '0010_create_partnership_meetings': m0010,
  '0011_add_follow_up_completion': m0011,
  '0012_create_partnership_patterns': m0012,
  '0013_create_public_links': m0013,
  '0014_create_work_plans': m0014,
  '0015_create_agreements': m0015,
  '0016_create_activities': m0016,
  '0017_create_monitoring': m0017,
  '0018_create_evaluations': m0018,
  '0019_create_relationship_care': m0019,
  '0020_create_scheduler_and_notifications': m0020,
  '0021_create_rollups': m0021,
  '0022_add_job_leases': m0022,
  '0023_index_partner_tags_by_partner': m0023,
  '0024_make_audit_payloads_erasable': m0024,
  '0025_create_idempotency_keys': m0025,
  '0026_index_partner_exchange_items_by_partner': m0026,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
