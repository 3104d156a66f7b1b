import type { Db } from '../../db/database';

export function listCustomCategoryRows(db: Db, institutionId: string) {
  return db
    .selectFrom('partner_categories')
    .select(['code', 'name'])
    .where('institution_id', '=', institutionId)
    .orderBy('name')
    .execute();
}

export function findCustomCategoryRow(db: Db, institutionId: string, code: string) {
  return db
    .selectFrom('partner_categories')
    .select(['code', 'name'])
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertCustomCategoryRow(
  db: Db,
  row: { institution_id: string; code: string; name: string; created_at: string },
) {
  await db.insertInto('partner_categories').values(row).execute();
}
