import type { Kysely } from 'kysely';

/**
 * The reminder engine: `scheduled_runs` is the claim that makes each run of a scheduled task happen
 * once across processes (primary key per task and slot; a lease taken over when a process dies);
 * `notifications` are the in-app reminders, each at most once per user and agenda item, and the
 * claim that puts each into at most one daily digest; `calendar_feeds` are the secret links a
 * calendar app subscribes to (only the token's hash is kept).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scheduled_runs')
    .addColumn('task', 'text', (c) => c.notNull())
    // e.g. "<institution id>:2026-11-29": one run per task and slot, ever
    .addColumn('slot_key', 'text', (c) => c.notNull())
    // running | done
    .addColumn('status', 'text', (c) => c.notNull())
    // the claiming process (host:pid:random), for diagnosis only
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('scheduled_runs_pk', ['task', 'slot_key'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // an agenda reason (shared/domain/care-vocabulary.ts)
    .addColumn('reason', 'text', (c) => c.notNull())
    // agendaItemKey(item): the same reminder is never created twice for a user
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.references('partners.id').onDelete('cascade'))
    .addColumn('partner_name', 'text')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('digest_sent_at', 'text')
    // the digest run that holds it until digest_claim_until; expired: another run may take it
    .addColumn('digest_claim', 'text')
    .addColumn('digest_claim_until', 'text')
    .addUniqueConstraint('notifications_user_dedupe', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('notifications_user_created')
    .on('notifications')
    .columns(['user_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // SHA-256 of the token, hex
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_user').on('calendar_feeds').columns(['user_id']).execute();
}
