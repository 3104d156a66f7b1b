import type { Insertable } from 'kysely';
import { deleteVersionedRow } from '../../db/update-versioned-row';
import type { Db } from '../../db/database';
import type { PartnerMergesTable } from '../../db/schema';

export async function insertPartnerMergeRow(db: Db, row: Insertable<PartnerMergesTable>): Promise<void> {
  await db.insertInto('partner_merges').values(row).execute();
}

/** The partner this one was merged into, if it was. */
export async function findMergedIntoId(
  db: Db,
  institutionId: string,
  duplicateId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('partner_merges')
    .select('kept_id')
    .where('institution_id', '=', institutionId)
    .where('duplicate_id', '=', duplicateId)
    .executeTakeFirst();
  return row?.kept_id ?? null;
}

/** Re-points every contact of one partner to another; returns how many moved. */
export async function moveContactRows(
  db: Db,
  institutionId: string,
  fromPartnerId: string,
  toPartnerId: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('partner_contacts')
    .set((eb) => ({ partner_id: toPartnerId, version: eb('version', '+', 1), updated_at: now }))
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', fromPartnerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Deletes a partner row with its labels and search text, only while its version still matches;
 * false means it changed meanwhile (or is gone), and the caller rolls back.
 */
export async function deletePartnerRows(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  for (const table of ['partner_tags', 'partner_exchange_items'] as const) {
    await db
      .deleteFrom(table)
      .where('institution_id', '=', institutionId)
      .where('partner_id', '=', id)
      .execute();
  }
  await db
    .deleteFrom('partner_search')
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', id)
    .execute();
  return deleteVersionedRow(db, 'partners', { institutionId, id, version });
}
