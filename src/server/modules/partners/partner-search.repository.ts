import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Dialect } from '../../db/dialect-of';

/** Rewrites a partner's search text (name, identifiers, contacts' names, phones and emails). */
export async function saveSearchBody(
  db: Db,
  institutionId: string,
  partnerId: string,
  body: string,
): Promise<void> {
  await db.deleteFrom('partner_search').where('partner_id', '=', partnerId).execute();
  await db
    .insertInto('partner_search')
    .values({ partner_id: partnerId, institution_id: institutionId, body })
    .execute();
}

/**
 * Partner ids whose text contains the fragment: an FTS5 trigram MATCH on SQLite, an ILIKE served
 * by the pg_trgm GIN index on PostgreSQL. The fragment is quoted/escaped, never spliced into SQL.
 */
export function searchMatches(db: Db, dialect: Dialect, institutionId: string, fragment: string) {
  if (dialect === 'postgres') {
    const escaped = fragment.replace(/[\\%_]/g, (c) => `\\${c}`);
    return db
      .selectFrom('partner_search')
      .select('partner_id')
      .where('institution_id', '=', institutionId)
      .where('body', 'ilike', `%${escaped}%`);
  }
  const quoted = `"${fragment.replace(/"/g, '""')}"`;
  return db
    .selectFrom('partner_search')
    .select('partner_id')
    .where(sql<boolean>`partner_search MATCH ${quoted}`)
    .where('institution_id', '=', institutionId);
}
