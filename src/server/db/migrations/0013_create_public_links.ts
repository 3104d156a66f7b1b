import type { Kysely } from 'kysely';

/**
 * Links sent to partners, who have no account: a work plan to review, an agreement to comment on or
 * to sign. Only the token's hash is kept; a link opens one record for one purpose until it expires.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('public_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('single_use', 'integer', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('public_links_subject')
    .on('public_links')
    .columns(['institution_id', 'purpose', 'subject_id'])
    .execute();
}
