import type { Kysely } from 'kysely';

/**
 * Joint evaluation, improvement and follow-up (guide steps 9–11): one evaluation per partnership and
 * cycle year, each plan item assessed, the partner's part given through a single-use link, the
 * improvement list, the decision (continue, continue with changes, stop) with its reason, and the
 * RTL (Rencana Tindak Lanjut) rows. A work plan item may carry the evaluation note it came from.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('work_plan_id', 'text', (c) => c.references('work_plans.id').onDelete('set null'))
    .addColumn('cycle_year', 'integer', (c) => c.notNull())
    // the institution's part
    .addColumn('goals_summary', 'text')
    .addColumn('obstacles', 'text')
    .addColumn('institution_satisfaction', 'integer')
    .addColumn('recommendations', 'text')
    // the partner's part, given through a link
    .addColumn('partner_satisfaction', 'integer')
    .addColumn('partner_goals_summary', 'text')
    .addColumn('partner_obstacles', 'text')
    .addColumn('partner_recommendations', 'text')
    .addColumn('partner_respondent_name', 'text')
    .addColumn('partner_respondent_position', 'text')
    .addColumn('partner_submitted_at', 'text')
    .addColumn('partner_public_link_id', 'text')
    .addColumn('partner_ip_address', 'text')
    .addColumn('partner_user_agent', 'text')
    // step 10: continue | continue_with_changes | stop
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by_user_id', 'text')
    // step 11: what the decision led to
    .addColumn('next_work_plan_id', 'text')
    .addColumn('follow_up_agreement_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('evaluations_partnership_cycle', ['institution_id', 'partnership_id', 'cycle_year'])
    .execute();

  await db.schema
    .createTable('evaluation_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('work_plan_item_id', 'text', (c) => c.references('work_plan_items.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // the plan item's activity as it was when assessed
    .addColumn('activity', 'text', (c) => c.notNull())
    // as_planned | partly | not_done
    .addColumn('outcome', 'text', (c) => c.notNull())
    // yes | partly | no
    .addColumn('goal_reached', 'text', (c) => c.notNull())
    // carried to next cycle's plan item
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('evaluation_items_evaluation')
    .on('evaluation_items')
    .columns(['institution_id', 'evaluation_id', 'position'])
    .execute();

  await db.schema
    .createTable('evaluation_improvements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('improvement', 'text', (c) => c.notNull())
    .addColumn('owner_name', 'text')
    .addColumn('due_on', 'text')
    // open | done
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evaluation_improvements_evaluation')
    .on('evaluation_improvements')
    .columns(['institution_id', 'evaluation_id', 'position'])
    .execute();

  await db.schema
    .createTable('follow_up_plan_rows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('timing', 'text', (c) => c.notNull())
    .addColumn('person_responsible', 'text', (c) => c.notNull())
    .addColumn('success_indicator', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('follow_up_plan_rows_evaluation')
    .on('follow_up_plan_rows')
    .columns(['institution_id', 'evaluation_id', 'position'])
    .execute();

  await db.schema.alterTable('work_plan_items').addColumn('evaluation_note', 'text').execute();
}
