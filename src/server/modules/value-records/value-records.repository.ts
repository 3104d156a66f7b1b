import type { Insertable, Updateable } from 'kysely';
import { deleteVersionedRow } from '../../db/update-versioned-row';
import type { Db } from '../../db/database';
import type { ValueRecordsTable } from '../../db/schema-care';

export interface ValueRecordRow {
  id: string;
  institution_id: string;
  partner_id: string;
  partner_name: string;
  kind: string;
  category: string;
  title: string;
  description: string | null;
  given_on: string;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ValueRecordFilter {
  institutionId: string;
  partnerId?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function selectRecords(db: Db) {
  return db
    .selectFrom('value_records as v')
    .innerJoin('partners as p', (join) =>
      join.onRef('p.id', '=', 'v.partner_id').onRef('p.institution_id', '=', 'v.institution_id'),
    )
    .selectAll('v')
    .select('p.name as partner_name');
}

export async function partnerExists(db: Db, institutionId: string, partnerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('partners')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertValueRecordRow(db: Db, row: Insertable<ValueRecordsTable>): Promise<void> {
  await db.insertInto('value_records').values(row).execute();
}

export function findValueRecordRow(
  db: Db,
  institutionId: string,
  partnerId: string,
  id: string,
): Promise<ValueRecordRow | undefined> {
  return selectRecords(db)
    .where('v.institution_id', '=', institutionId)
    .where('v.partner_id', '=', partnerId)
    .where('v.id', '=', id)
    .executeTakeFirst();
}

/** False when the version is stale. */
export async function updateValueRecordRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<ValueRecordsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('value_records')
    .set({ ...changes, version: version + 1 })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** False when the version is stale. */
export async function deleteValueRecordRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  return deleteVersionedRow(db, 'value_records', { institutionId, id, version });
}

/** Latest given first, then newest id; `before` continues after a page's last row. */
export function listValueRecordRows(
  db: Db,
  filter: ValueRecordFilter,
  page: { before: [string, string] | null; limit: number },
): Promise<ValueRecordRow[]> {
  let query = selectRecords(db).where('v.institution_id', '=', filter.institutionId);
  if (filter.partnerId) query = query.where('v.partner_id', '=', filter.partnerId);
  if (filter.kind) query = query.where('v.kind', '=', filter.kind);
  if (filter.from) query = query.where('v.given_on', '>=', filter.from);
  if (filter.to) query = query.where('v.given_on', '<=', filter.to);
  if (page.before) {
    const [givenOn, id] = page.before;
    query = query.where((eb) =>
      eb.or([eb('v.given_on', '<', givenOn), eb.and([eb('v.given_on', '=', givenOn), eb('v.id', '<', id)])]),
    );
  }
  return query
    .orderBy('v.given_on', 'desc')
    .orderBy('v.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}
