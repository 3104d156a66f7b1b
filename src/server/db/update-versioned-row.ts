import type { Updateable } from 'kysely';
import type { Db } from './database';
import type { Database } from './schema';

/** Tenant tables with optimistic concurrency: an id, an institution and a version column. */
export type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; institution_id: string; version: number }
    ? K
    : never;
}[keyof Database];

/**
 * Updates one row of the institution only while its `version` still matches, and moves the version
 * on; false means someone changed it meanwhile (the caller answers 409) or it is not there.
 */
export async function updateVersionedRow<T extends VersionedTable>(
  db: Db,
  table: T,
  key: { institutionId: string; id: string; version: number },
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  // Kysely cannot follow a generic table name through its builder types; the constraint above
  // guarantees the three columns used here exist on every table T can be.
  const result = await db
    .updateTable(table as 'partners')
    .set({ ...(changes as Updateable<Database['partners']>), version: key.version + 1 })
    .where('institution_id', '=', key.institutionId)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes one row of the institution only while its `version` still matches; false as above. */
export async function deleteVersionedRow<T extends VersionedTable>(
  db: Db,
  table: T,
  key: { institutionId: string; id: string; version: number },
): Promise<boolean> {
  const result = await db
    .deleteFrom(table as 'partners')
    .where('institution_id', '=', key.institutionId)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
