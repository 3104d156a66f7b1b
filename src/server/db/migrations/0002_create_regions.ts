import type { Kysely } from 'kysely';

/**
 * Kemendagri regions (province, regency/city, district, village): server-level reference data,
 * shared by every institution. Only the table; boot seeds the rows from idn-area-data.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('parent_code', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('regions_parent_code_name')
    .on('regions')
    .columns(['parent_code', 'name'])
    .execute();
}
