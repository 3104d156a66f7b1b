import type { Kysely } from 'kysely';

/**
 * Implementation (guide step 8): what was actually done against the joint work plan's items, or
 * outside it (an activity without an item is unplanned and flagged). Evidence files (photos,
 * attendance lists, documents) hang off an activity; the partner may add its own through a link.
 * Work plan items keep their ids across edits; removing an item leaves its activities unplanned.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('work_plan_id', 'text', (c) => c.references('work_plans.id').onDelete('set null'))
    .addColumn('work_plan_item_id', 'text', (c) => c.references('work_plan_items.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    // planned | in_progress | done | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    // institution | partner | both
    .addColumn('carried_out_by', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('actual_quantity', 'double precision')
    // learners_trained | graduates_hired | graduates_in_business | internship_places | guest_instructor_hours | other
    .addColumn('outcome_kind', 'text')
    .addColumn('outputs', 'text')
    .addColumn('notes', 'text')
    .addColumn('institution_spent_rupiah', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('partner_spent_rupiah', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activities_partnership')
    .on('activities')
    .columns(['institution_id', 'partnership_id', 'started_on'])
    .execute();
  await db.schema
    .createIndex('activities_item')
    .on('activities')
    .columns(['institution_id', 'work_plan_item_id'])
    .execute();

  await db.schema
    .createTable('activity_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    // photo | attendance | document
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    // institution | partner: who added it (the partner through a link, without an account)
    .addColumn('added_by_side', 'text', (c) => c.notNull())
    .addColumn('contributor_name', 'text')
    .addColumn('public_link_id', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_evidence_activity')
    .on('activity_evidence')
    .columns(['institution_id', 'activity_id'])
    .execute();
}
