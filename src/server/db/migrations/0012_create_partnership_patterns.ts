import type { Kysely } from 'kysely';

/**
 * The institution's own partnership patterns beside the guide's four (codes `custom:<slug>`), and
 * the marker on a stage event that records a partnership entered at a later stage (ADR 0013).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_patterns')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_patterns_pk', ['institution_id', 'code'])
    .execute();

  // 1: the partnership already ran before the institution used Jalin and was recorded from this
  // event's stage on; its gates were never checked.
  await db.schema
    .alterTable('partnership_stage_events')
    .addColumn('entered', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
