import type { Db } from '../../db/database';

/**
 * Re-points a merged-away partner's partnership and interaction links to the kept partner. A link
 * the kept partner already has is dropped instead (the pair is a primary key).
 */
export async function moveEngagementLinks(
  db: Db,
  institutionId: string,
  fromPartnerId: string,
  toPartnerId: string,
): Promise<{ partnerships: number; interactions: number }> {
  const counts = { partnerships: 0, interactions: 0 };
  for (const [table, owner, key] of [
    ['partnership_partners', 'partnership_id', 'partnerships'],
    ['interaction_partners', 'interaction_id', 'interactions'],
  ] as const) {
    const kept = db
      .selectFrom(table)
      .select(owner)
      .where('institution_id', '=', institutionId)
      .where('partner_id', '=', toPartnerId);
    await db
      .deleteFrom(table)
      .where('institution_id', '=', institutionId)
      .where('partner_id', '=', fromPartnerId)
      .where(owner, 'in', kept)
      .execute();
    const moved = await db
      .updateTable(table)
      .set({ partner_id: toPartnerId })
      .where('institution_id', '=', institutionId)
      .where('partner_id', '=', fromPartnerId)
      .executeTakeFirst();
    counts[key] = Number(moved.numUpdatedRows);
  }
  return counts;
}
