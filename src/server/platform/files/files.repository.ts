import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { FilesTable } from '../../db/schema';

export async function insertFileRow(db: Db, row: Insertable<FilesTable>): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export function findFileRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<Selectable<FilesTable> | undefined> {
  return db
    .selectFrom('files')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}
