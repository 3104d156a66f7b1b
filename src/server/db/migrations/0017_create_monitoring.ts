import type { Kysely } from 'kysely';

/**
 * Monitoring (guide step 9): the problems-and-solutions log and monitoring visits (each can be
 * printed as a berita acara). Deviations from the plan are not stored: they are computed from the
 * plan and the activities on every read, so they are never stale.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_problems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('activity_id', 'text', (c) => c.references('activities.id').onDelete('set null'))
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('cause', 'text')
    .addColumn('solution', 'text')
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    // open | in_progress | solved
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('solved_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partnership_problems_partnership')
    .on('partnership_problems')
    .columns(['institution_id', 'partnership_id', 'status'])
    .execute();

  await db.schema
    .createTable('monitoring_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    // the institution's visitors and the partner's people present, one name per line
    .addColumn('visitors', 'text', (c) => c.notNull())
    .addColumn('partner_attendees', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('recommendations', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('monitoring_visits_partnership')
    .on('monitoring_visits')
    .columns(['institution_id', 'partnership_id', 'visited_on'])
    .execute();
}
