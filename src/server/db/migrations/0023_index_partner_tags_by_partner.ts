import type { Kysely } from 'kysely';

/**
 * A page's tags are read by partner ids (`partner_id IN (…50 ids)` within the institution). With only
 * (institution_id, tag) to choose beside the (partner_id, tag) key, SQLite walked the institution's
 * whole tag index: 1.3–1.6 ms of the S1 page's 2.3 ms of queries at M (bench/time-queries.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('partner_tags_partner')
    .on('partner_tags')
    .columns(['institution_id', 'partner_id', 'tag'])
    .execute();
}
