import { sql, type Kysely } from 'kysely';

/** Follow-up tasks of interactions can be marked done; open ones are found by due date per institution. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interactions').addColumn('follow_up_done_at', 'text').execute();
  await db.schema.alterTable('interactions').addColumn('follow_up_done_by_user_id', 'text').execute();
  // Partial: only open tasks are in it, so the reminder list and the overdue count read a small index.
  await db.schema
    .createIndex('interactions_open_follow_ups')
    .on('interactions')
    .columns(['institution_id', 'follow_up_due_on', 'id'])
    .where(sql.ref('follow_up_due_on'), 'is not', null)
    .where(sql.ref('follow_up_done_at'), 'is', null)
    .execute();
}
