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

export async function updateCustomCategoryName(
  db: Db,
  institutionId: string,
  code: string,
  name: string,
): Promise<void> {
  await db
    .updateTable('partner_categories')
    .set({ name })
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .execute();
}

export async function deleteCustomCategoryRow(db: Db, institutionId: string, code: string): Promise<void> {
  await db
    .deleteFrom('partner_categories')
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .execute();
}

/** How many of the institution's partners use each custom category (codes without partners absent). */
export async function countPartnersByCustomCategory(
  db: Db,
  institutionId: string,
  codes?: string[],
): Promise<Map<string, number>> {
  let query = db
    .selectFrom('partners')
    .select((eb) => ['category', eb.fn.countAll<number>().as('n')])
    .where('institution_id', '=', institutionId)
    .where('category', 'like', 'custom:%');
  if (codes) {
    if (codes.length === 0) return new Map();
    query = query.where('category', 'in', codes);
  }
  const rows = await query.groupBy('category').execute();
  return new Map(rows.map((row) => [row.category, Number(row.n)]));
}
