import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { PartnershipPatternsTable } from '../../db/schema';

export type PartnershipPatternRow = Selectable<PartnershipPatternsTable>;

export function listPartnershipPatternRows(db: Db, institutionId: string): Promise<PartnershipPatternRow[]> {
  return db
    .selectFrom('partnership_patterns')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('name')
    .orderBy('code')
    .execute();
}

export function findPartnershipPatternRow(
  db: Db,
  institutionId: string,
  code: string,
): Promise<PartnershipPatternRow | undefined> {
  return db
    .selectFrom('partnership_patterns')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertPartnershipPatternRow(
  db: Db,
  row: Insertable<PartnershipPatternsTable>,
): Promise<void> {
  await db.insertInto('partnership_patterns').values(row).execute();
}

/** Changes the row only while its version matches; false when someone changed it meanwhile. */
export async function updatePartnershipPatternRow(
  db: Db,
  key: { institutionId: string; code: string; version: number },
  changes: { name?: string; description?: string | null; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('partnership_patterns')
    .set({ ...changes, version: key.version + 1 })
    .where('institution_id', '=', key.institutionId)
    .where('code', '=', key.code)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePartnershipPatternRow(
  db: Db,
  institutionId: string,
  code: string,
): Promise<void> {
  await db
    .deleteFrom('partnership_patterns')
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .execute();
}

/** How many of the institution's partnerships use each pattern (patterns without any absent). */
export async function countPartnershipsByPattern(
  db: Db,
  institutionId: string,
  codes?: string[],
): Promise<Map<string, number>> {
  if (codes?.length === 0) return new Map();
  let query = db
    .selectFrom('partnerships')
    .select((eb) => ['pattern', eb.fn.countAll<number | string>().as('n')])
    .where('institution_id', '=', institutionId)
    .where('pattern', 'is not', null);
  if (codes) query = query.where('pattern', 'in', codes);
  const rows = await query.groupBy('pattern').execute();
  return new Map(rows.map((row) => [row.pattern ?? '', Number(row.n)]));
}
