import type { Db } from '../../db/database';

export interface PartnerLabels {
  tags: string[];
  needs: string[];
  offers: string[];
}

export async function replacePartnerTags(
  db: Db,
  institutionId: string,
  partnerId: string,
  tags: string[],
): Promise<void> {
  await db
    .deleteFrom('partner_tags')
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .execute();
  const unique = [...new Set(tags)];
  if (unique.length > 0) {
    await db
      .insertInto('partner_tags')
      .values(unique.map((tag) => ({ institution_id: institutionId, partner_id: partnerId, tag })))
      .execute();
  }
}

export async function replaceExchangeItems(
  db: Db,
  institutionId: string,
  partnerId: string,
  direction: 'need' | 'offer',
  items: string[],
): Promise<void> {
  await db
    .deleteFrom('partner_exchange_items')
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .where('direction', '=', direction)
    .execute();
  const unique = [...new Set(items)];
  if (unique.length > 0) {
    await db
      .insertInto('partner_exchange_items')
      .values(
        unique.map((item) => ({ institution_id: institutionId, partner_id: partnerId, direction, item })),
      )
      .execute();
  }
}

/**
 * Tags, needs and offers of several partners in two queries (no query per partner). Ordered by
 * partner first, as the (institution, partner, …) indexes are (0023, 0026): ordered by tag alone,
 * SQLite walked the institution's whole (institution, tag) index to skip a sort, 0.94 s a page at
 * 1,000,000 partners (L). Each partner's labels still come out in order.
 */
export async function listPartnerLabels(
  db: Db,
  institutionId: string,
  partnerIds: string[],
): Promise<Map<string, PartnerLabels>> {
  const labels = new Map<string, PartnerLabels>(
    partnerIds.map((id) => [id, { tags: [], needs: [], offers: [] }]),
  );
  if (partnerIds.length === 0) return labels;
  const [tags, items] = await Promise.all([
    db
      .selectFrom('partner_tags')
      .select(['partner_id', 'tag'])
      .where('institution_id', '=', institutionId)
      .where('partner_id', 'in', partnerIds)
      .orderBy('partner_id')
      .orderBy('tag')
      .execute(),
    db
      .selectFrom('partner_exchange_items')
      .select(['partner_id', 'direction', 'item'])
      .where('institution_id', '=', institutionId)
      .where('partner_id', 'in', partnerIds)
      .orderBy('partner_id')
      .orderBy('direction')
      .orderBy('item')
      .execute(),
  ]);
  for (const row of tags) labels.get(row.partner_id)?.tags.push(row.tag);
  for (const row of items)
    labels.get(row.partner_id)?.[row.direction === 'need' ? 'needs' : 'offers'].push(row.item);
  return labels;
}
