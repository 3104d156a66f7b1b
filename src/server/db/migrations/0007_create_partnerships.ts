import type { Kysely } from 'kysely';

/** Partnerships with their partners and stage history, and the interaction log (guide steps 2–4). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('programme', 'text')
    .addColumn('pattern', 'text')
    .addColumn('facilitator_user_id', 'text')
    .addColumn('cycle_years_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_changed_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['stage', 'facilitator_user_id', 'pattern']) {
    await db.schema
      .createIndex(`partnerships_institution_${column}`)
      .on('partnerships')
      .columns(['institution_id', column, 'id'])
      .execute();
  }

  await db.schema
    .createTable('partnership_partners')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addPrimaryKeyConstraint('partnership_partners_pk', ['partnership_id', 'partner_id'])
    .execute();
  await db.schema
    .createIndex('partnership_partners_partner')
    .on('partnership_partners')
    .columns(['institution_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('partnership_stage_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    // Null for the event that records the partnership's creation.
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('gate', 'text')
    .addColumn('facts_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('by_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partnership_stage_events_partnership')
    .on('partnership_stage_events')
    .columns(['institution_id', 'partnership_id', 'id'])
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.references('partnerships.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('approach', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('finding_goals', 'text')
    .addColumn('finding_scope_of_work', 'text')
    .addColumn('finding_field', 'text')
    .addColumn('finding_vision', 'text')
    .addColumn('finding_mission', 'text')
    .addColumn('finding_needs', 'text')
    .addColumn('finding_offers', 'text')
    .addColumn('finding_other_notes', 'text')
    // Kept in step with the finding columns so the analysis gate is one indexed count.
    .addColumn('has_findings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('staff_user_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('follow_up_task', 'text')
    .addColumn('follow_up_due_on', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interactions_institution_occurred')
    .on('interactions')
    .columns(['institution_id', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('interactions_institution_partnership')
    .on('interactions')
    .columns(['institution_id', 'partnership_id'])
    .execute();

  await db.schema
    .createTable('interaction_partners')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addPrimaryKeyConstraint('interaction_partners_pk', ['interaction_id', 'partner_id'])
    .execute();
  await db.schema
    .createIndex('interaction_partners_partner')
    .on('interaction_partners')
    .columns(['institution_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('interaction_contacts')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    // No foreign key: a contact person may be erased (personal data); the log keeps the rest.
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_contacts_pk', ['interaction_id', 'contact_id'])
    .execute();
}
