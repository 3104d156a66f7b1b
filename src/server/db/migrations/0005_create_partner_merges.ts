import type { Kysely } from 'kysely';

/**
 * Where each merged-away partner went, so its old links (bookmarks, audit rows, exported sheets)
 * still lead somewhere: GET /partners/{duplicate} answers PARTNER_MERGED with the kept partner.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partner_merges')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    // No foreign key: the duplicate's partner row is deleted by the merge itself.
    .addColumn('duplicate_id', 'text', (c) => c.primaryKey())
    // No foreign key either: the kept partner may be merged away later; readers follow the chain.
    .addColumn('kept_id', 'text', (c) => c.notNull())
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('merged_by_user_id', 'text')
    .execute();
  await db.schema
    .createIndex('partner_merges_institution_kept')
    .on('partner_merges')
    .columns(['institution_id', 'kept_id'])
    .execute();
}
