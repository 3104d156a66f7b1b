import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text')
    .addColumn('result_file_key', 'text')
    .addColumn('error_code', 'text')
    .addColumn('created_by_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_status').on('jobs').columns(['status', 'created_at']).execute();
  await db.schema
    .createIndex('jobs_institution_creator')
    .on('jobs')
    .columns(['institution_id', 'created_by_user_id', 'created_at'])
    .execute();

  // The fingerprint of the spreadsheet row a partner was imported from: a re-run of the same file
  // recognises its rows instead of creating them twice.
  await db.schema.alterTable('partners').addColumn('import_key', 'text').execute();
  await db.schema
    .createIndex('partners_institution_import_key')
    .on('partners')
    .columns(['institution_id', 'import_key'])
    .unique()
    .execute();
}
