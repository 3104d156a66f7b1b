import type { Kysely } from 'kysely';

/** Photos and documents taken on a visit, kept with the logged contact (guide step 2). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('interaction_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interaction_attachments_interaction')
    .on('interaction_attachments')
    .columns(['institution_id', 'interaction_id'])
    .execute();
}
