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
 * Partner ids of the institution whose text contains the fragment: an FTS5 trigram MATCH of the
 * institution's code and the fragment on SQLite, an ILIKE served by the (institution_id, body
 * trigram) GIN index on PostgreSQL. The fragment is quoted/escaped, never spliced into SQL.
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
  const match = ftsMatch(institutionId, fragment);
  return db
    .selectFrom('partner_search')
    .select('partner_id')
    .where('institution_id', '=', institutionId)
    .where(
      sql<boolean>`id IN (SELECT rowid FROM partner_search_fts WHERE partner_search_fts MATCH ${match})`,
    );
}

/**
 * How many of the institution's partners contain the fragment, counting at most `cap + 1` (SQLite).
 * Read from the trigram index outward and stopped at the cap, so a common fragment costs as much as
 * `cap` matches and not all of them (1,000,000 partners: 2–7 ms against 150–860 ms for the filtered
 * count, which collects every match before counting).
 */
export async function countSearchMatchesUpTo(
  db: Db,
  institutionId: string,
  fragment: string,
  cap: number,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM partner_search_fts CROSS JOIN partner_search ON partner_search.id = partner_search_fts.rowid
      WHERE partner_search_fts MATCH ${ftsMatch(institutionId, fragment)}
        AND partner_search.institution_id = ${institutionId}
      LIMIT ${cap + 1}
    )`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

function ftsMatch(institutionId: string, fragment: string): string {
  return `tenant : "${tenantCode(institutionId)}" AND body : "${fragment.replace(/"/g, '""')}"`;
}

/**
 * The institution's code in the SQLite index's `tenant` column, as migration 0006 computes it in SQL:
 * one private-use character per hex pair of the id's last six digits. Matching it with the fragment
 * keeps a search inside the institution's own rows instead of every institution's.
 */
function tenantCode(institutionId: string): string {
  const digit = (offset: number) =>
    '0123456789abcdef'.indexOf(institutionId.charAt(institutionId.length + offset)) + 1;
  return String.fromCharCode(
    ...[0, 1, 2].map((k) => 57344 + 320 * k + 17 * digit(-6 + 2 * k) + digit(-5 + 2 * k)),
  );
}
