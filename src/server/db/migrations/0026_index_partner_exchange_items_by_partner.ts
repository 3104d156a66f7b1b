import type { Kysely } from 'kysely';

/**
 * A page's needs and offers are read by partner ids (`partner_id IN (…50 ids)` within the
 * institution), as its tags are (0023). With only (institution_id, direction, item) to choose beside
 * the (partner_id, …) key, SQLite walked the institution's whole needs/offers index: 2.8 s of an S1
 * page for the institution of 1,000,000 partners in the L benchmark (2.3 million items).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('partner_exchange_items_partner')
    .on('partner_exchange_items')
    .columns(['institution_id', 'partner_id', 'direction', 'item'])
    .execute();
}
