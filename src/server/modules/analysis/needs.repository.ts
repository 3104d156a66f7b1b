import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { NeedDecisionsTable, NeedsTable } from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type NeedRow = Selectable<NeedsTable>;
export type NeedDecisionRow = Selectable<NeedDecisionsTable>;

export async function insertNeedRow(db: Db, row: Insertable<NeedsTable>): Promise<void> {
  await db.insertInto('needs').values(row).execute();
}

export function findNeedRow(db: Db, institutionId: string, id: string): Promise<NeedRow | undefined> {
  return db
    .selectFrom('needs')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateNeedRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<NeedsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'needs', { institutionId, id, version }, changes);
}

export async function deleteNeedRow(db: Db, institutionId: string, id: string): Promise<void> {
  await db.deleteFrom('needs').where('institution_id', '=', institutionId).where('id', '=', id).execute();
}

/** Newest first (UUIDv7 ids sort by creation); `limit + 1` rows tell whether another page exists. */
export function listNeedRows(
  db: Db,
  filter: { institutionId: string; status?: string | undefined },
  page: { before: string | null; limit: number },
): Promise<NeedRow[]> {
  let query = db.selectFrom('needs').selectAll().where('institution_id', '=', filter.institutionId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (page.before) query = query.where('id', '<', page.before);
  return query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

/** Open needs asking for any of the items, newest first. */
export function listOpenNeedsForItems(db: Db, institutionId: string, items: string[]): Promise<NeedRow[]> {
  if (items.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('needs')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'open')
    .where('item', 'in', items)
    .orderBy('id', 'desc')
    .execute();
}

export async function insertNeedDecisionRow(db: Db, row: Insertable<NeedDecisionsTable>): Promise<void> {
  await db.insertInto('need_decisions').values(row).execute();
}

export async function countNeedDecisions(db: Db, institutionId: string, needId: string): Promise<number> {
  const row = await db
    .selectFrom('need_decisions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('institution_id', '=', institutionId)
    .where('need_id', '=', needId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The current decision per (need, partner): the row no newer row of the same pair outdates. Ids are
 * UUIDv7, so the newest row has the greatest id.
 */
export function listCurrentDecisions(
  db: Db,
  institutionId: string,
  filter: { needIds?: string[]; partnerId?: string },
): Promise<NeedDecisionRow[]> {
  if (filter.needIds && filter.needIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('need_decisions as d')
    .selectAll('d')
    .where('d.institution_id', '=', institutionId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('need_decisions as newer')
            .select('newer.id')
            .whereRef('newer.institution_id', '=', 'd.institution_id')
            .whereRef('newer.need_id', '=', 'd.need_id')
            .whereRef('newer.partner_id', '=', 'd.partner_id')
            .whereRef('newer.id', '>', 'd.id'),
        ),
      ),
    );
  if (filter.needIds) query = query.where('d.need_id', 'in', filter.needIds);
  if (filter.partnerId) query = query.where('d.partner_id', '=', filter.partnerId);
  return query.execute();
}

/** Part of a partner merge: the merged-away partner's decisions now name the kept partner. */
export async function moveNeedDecisionRows(
  db: Db,
  institutionId: string,
  fromPartnerId: string,
  toPartnerId: string,
): Promise<number> {
  const result = await db
    .updateTable('need_decisions')
    .set({ partner_id: toPartnerId })
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', fromPartnerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
