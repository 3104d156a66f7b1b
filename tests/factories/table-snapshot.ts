import type { Db } from '../../src/server/db/database';
import type { Database } from '../../src/server/db/schema';

const tables: (keyof Database)[] = [
  'institutions',
  'users',
  'supervised_regions',
  'sessions',
  'api_tokens',
  'password_links',
  'files',
  'audit_events',
];

/** Every row of every tenant table, serialised: equal snapshots mean nothing was written. */
export async function snapshotTables(db: Db, except: (keyof Database)[] = []): Promise<string> {
  const parts: Record<string, unknown> = {};
  for (const table of tables.filter((name) => !except.includes(name))) {
    parts[table] = await db.selectFrom(table).selectAll().execute();
  }
  return JSON.stringify(parts, (_key, value: unknown) => value);
}
