import type { Kysely } from 'kysely';

/**
 * Joint work plans (guide step 5): one per partnership and cycle year, its items in order, and the
 * reviews the partner gives through a link (and the institution records). Rupiah are whole numbers
 * up to a trillion, hence bigint.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('work_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('cycle_year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('approved_by_name', 'text')
    .addColumn('approved_by_position', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('work_plans_partnership_cycle', ['institution_id', 'partnership_id', 'cycle_year'])
    .execute();

  await db.schema
    .createTable('work_plan_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('work_plan_id', 'text', (c) => c.notNull().references('work_plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('objective', 'text', (c) => c.notNull())
    .addColumn('responsible_party', 'text', (c) => c.notNull())
    .addColumn('responsible_person', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('budget_rupiah', 'bigint', (c) => c.notNull())
    .addColumn('institution_contribution_rupiah', 'bigint', (c) => c.notNull())
    .addColumn('partner_contribution_rupiah', 'bigint', (c) => c.notNull())
    .addColumn('target_quantity', 'double precision', (c) => c.notNull())
    .addColumn('target_unit', 'text', (c) => c.notNull())
    .addColumn('target_description', 'text', (c) => c.notNull())
    .addColumn('institution_aspiration', 'text')
    .addColumn('partner_aspiration', 'text')
    .execute();
  await db.schema
    .createIndex('work_plan_items_plan')
    .on('work_plan_items')
    .columns(['institution_id', 'work_plan_id', 'position'])
    .execute();

  await db.schema
    .createTable('work_plan_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('work_plan_id', 'text', (c) => c.notNull().references('work_plans.id').onDelete('cascade'))
    // `partner` through a review link; `institution` when someone signed in records it.
    .addColumn('reviewer_side', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reviewer_name', 'text', (c) => c.notNull())
    .addColumn('reviewer_position', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('plan_version', 'integer', (c) => c.notNull())
    .addColumn('public_link_id', 'text')
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('work_plan_reviews_plan')
    .on('work_plan_reviews')
    .columns(['institution_id', 'work_plan_id', 'created_at'])
    .execute();
}
