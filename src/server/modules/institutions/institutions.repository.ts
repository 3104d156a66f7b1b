import type { Insertable, Selectable, Updateable } from 'kysely';
import { containsText } from '../../db/contains-text';
import type { Db } from '../../db/database';
import type { InstitutionsTable } from '../../db/schema';

export type InstitutionRow = Selectable<InstitutionsTable>;

export function findInstitutionRow(db: Db, id: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface InstitutionScope {
  /** null: every institution (admin). */
  institutionIds: string[] | null;
  regionPrefixes: string[];
}

export function listInstitutionRows(
  db: Db,
  scope: InstitutionScope,
  filter: { q?: string | undefined; after: [string, string] | null; limit: number },
): Promise<InstitutionRow[]> {
  let query = db.selectFrom('institutions').selectAll();
  if (scope.institutionIds !== null) {
    const ids = scope.institutionIds;
    query = query.where((eb) =>
      eb.or([
        eb('id', 'in', ids.length > 0 ? ids : ['']),
        ...scope.regionPrefixes.flatMap((prefix) => [
          eb('region_code', '=', prefix),
          eb('region_code', 'like', `${prefix}.%`),
        ]),
      ]),
    );
  }
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) => containsText(eb.ref('name'), text));
  }
  if (filter.after) {
    const [name, id] = filter.after;
    query = query.where((eb) =>
      eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]),
    );
  }
  return query
    .orderBy('name')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

export async function insertInstitutionRow(db: Db, row: Insertable<InstitutionsTable>): Promise<void> {
  await db.insertInto('institutions').values(row).execute();
}

/** Optimistic: updates only when `version` still matches; returns whether a row changed. */
export async function updateInstitutionRow(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<InstitutionsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('institutions')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countInstitutionRows(db: Db): Promise<number> {
  const row = await db
    .selectFrom('institutions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
