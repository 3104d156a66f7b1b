import type { Kysely } from 'kysely';

/** Exploration meetings (guide step 4): audiences and presentations held with a likely partner. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('place', 'text')
    .addColumn('online_link', 'text')
    .addColumn('agenda', 'text', (c) => c.notNull())
    // {partner: [{contactId, name, role}], institution: [{userId, name, role}]}; names are kept so an
    // erased contact person still shows who came.
    .addColumn('attendees_json', 'text', (c) => c.notNull().defaultTo('{"partner":[],"institution":[]}'))
    .addColumn('material_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('outcome', 'text')
    .addColumn('interest_level', 'text')
    .addColumn('outcome_notes', 'text')
    .addColumn('next_step', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partnership_meetings_partnership')
    .on('partnership_meetings')
    .columns(['institution_id', 'partnership_id', 'starts_at'])
    .execute();
}
