import { sql, type Kysely } from 'kysely';

/** The institution's needs and the decisions taken on partners for them (guide step 3). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('needs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('programme', 'text')
    .addColumn('notes', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The contracts refuse these first; the database keeps them true for any other writer.
    .addCheckConstraint('needs_quantity_positive', sql`quantity IS NULL OR quantity >= 1`)
    .addCheckConstraint(
      'needs_period_ordered',
      sql`period_start IS NULL OR period_end IS NULL OR period_end >= period_start`,
    )
    .execute();
  await db.schema
    .createIndex('needs_institution_status')
    .on('needs')
    .columns(['institution_id', 'status', 'id'])
    .execute();

  // Append-only: the newest row per (need, partner) is the current decision, older rows its history.
  await db.schema
    .createTable('need_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('need_id', 'text', (c) => c.notNull().references('needs.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('partnership_id', 'text', (c) => c.references('partnerships.id'))
    .addColumn('decided_by_user_id', 'text')
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('need_decisions_need_partner')
    .on('need_decisions')
    .columns(['institution_id', 'need_id', 'partner_id', 'id'])
    .execute();
  await db.schema
    .createIndex('need_decisions_partner')
    .on('need_decisions')
    .columns(['institution_id', 'partner_id'])
    .execute();
}
