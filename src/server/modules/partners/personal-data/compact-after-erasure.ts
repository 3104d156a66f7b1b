import { sql } from 'kysely';
import type { DatabaseHandle } from '../../../db/database';

/**
 * The tables an erasure rewrites or deletes rows of (erase-contact.ts). On PostgreSQL their old row
 * versions stay in the table files until `VACUUM FULL` rewrites them; on SQLite `secure_delete`
 * zeroes them at once. `contact-personal-data.routes.test.ts` searches every table's files after
 * compacting these, so a table missing here fails it.
 */
export const tablesRewrittenByErasure = [
  'partner_contacts',
  'partner_search',
  'audit_events',
  'interactions',
  'outgoing_messages',
  'idempotency_keys',
] as const;

/**
 * After an erasure on PostgreSQL: rewrites the tables above so no dead copy of the person remains in
 * their files. Each `VACUUM FULL` locks its table while it runs (seconds at an LKP's size; the audit
 * table is the largest), so run it in a quiet hour. Nothing to do on SQLite. Returns what it compacted.
 */
export async function compactAfterErasure(handle: DatabaseHandle): Promise<string[]> {
  if (handle.sqlite) return [];
  for (const table of tablesRewrittenByErasure) await sql`VACUUM FULL ${sql.table(table)}`.execute(handle.db);
  return [...tablesRewrittenByErasure];
}
