import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';

/**
 * An institution's 3-character code in the SQLite search index: one private-use character per hex
 * pair of the id's last six digits. partner-search.repository.ts computes the same in TypeScript.
 */
function tenantCode(column: string): string {
  const digit = (offset: number) => `instr('0123456789abcdef', substr(${column}, ${offset}, 1))`;
  const chars = [0, 1, 2].map((k) => `${57344 + 320 * k} + 17 * ${digit(-6 + 2 * k)} + ${digit(-5 + 2 * k)}`);
  return `char(${chars.join(', ')})`;
}

/**
 * Search was matched over every institution's partners and only then filtered to one institution,
 * so its cost grew with the whole server (a common fragment at 100,000 partners: 50–150 ms). Now the
 * index itself is scoped: PostgreSQL indexes (institution_id, body) in one GIN index (btree_gin);
 * SQLite keeps the text in a plain table (indexed by partner, so rewriting one partner's text no
 * longer scans the whole FTS table) and an FTS5 trigram index beside it with a tenant column,
 * matched together with the fragment and kept in step by triggers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`CREATE EXTENSION IF NOT EXISTS btree_gin`.execute(db);
    await sql`CREATE INDEX partner_search_institution_body_trgm ON partner_search USING gin (institution_id, body gin_trgm_ops)`.execute(
      db,
    );
    await sql`DROP INDEX partner_search_body_trgm`.execute(db);
    return;
  }
  const code = (column: string) => sql.raw(tenantCode(column));
  await db.transaction().execute(async (trx) => {
    // `id` keeps the link to the index stable: VACUUM may renumber implicit rowids, never these.
    await sql`CREATE TABLE partner_search_rows (
      id INTEGER PRIMARY KEY,
      partner_id TEXT NOT NULL UNIQUE REFERENCES partners (id),
      institution_id TEXT NOT NULL,
      body TEXT NOT NULL
    )`.execute(trx);
    await sql`INSERT INTO partner_search_rows (partner_id, institution_id, body)
      SELECT partner_id, institution_id, body FROM partner_search`.execute(trx);
    await sql`DROP TABLE partner_search`.execute(trx);
    await sql`ALTER TABLE partner_search_rows RENAME TO partner_search`.execute(trx);
    await sql`CREATE VIRTUAL TABLE partner_search_fts USING fts5(
      tenant, body, content = '', contentless_delete = 1, tokenize = 'trigram'
    )`.execute(trx);
    await sql`INSERT INTO partner_search_fts (rowid, tenant, body)
      SELECT id, ${code('institution_id')}, body FROM partner_search`.execute(trx);
    await sql`CREATE TRIGGER partner_search_fts_insert AFTER INSERT ON partner_search BEGIN
      INSERT INTO partner_search_fts (rowid, tenant, body) VALUES (new.id, ${code('new.institution_id')}, new.body);
    END`.execute(trx);
    await sql`CREATE TRIGGER partner_search_fts_delete AFTER DELETE ON partner_search BEGIN
      DELETE FROM partner_search_fts WHERE rowid = old.id;
    END`.execute(trx);
    await sql`CREATE TRIGGER partner_search_fts_update AFTER UPDATE ON partner_search BEGIN
      DELETE FROM partner_search_fts WHERE rowid = old.id;
      INSERT INTO partner_search_fts (rowid, tenant, body) VALUES (new.id, ${code('new.institution_id')}, new.body);
    END`.execute(trx);
  });
}
