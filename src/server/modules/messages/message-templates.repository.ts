import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { MessageTemplatesTable } from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type MessageTemplateRow = Selectable<MessageTemplatesTable>;

export function listTemplateRows(db: Db, institutionId: string): Promise<MessageTemplateRow[]> {
  return db
    .selectFrom('message_templates')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('archived_at', 'is', null)
    .orderBy('purpose')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findTemplateRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<MessageTemplateRow | undefined> {
  return db
    .selectFrom('message_templates')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

/** The institution's newest live template for a purpose and occasion (null: none). */
export function findTemplateRowFor(
  db: Db,
  institutionId: string,
  purpose: string,
  occasionKey: string | null,
): Promise<MessageTemplateRow | undefined> {
  let query = db
    .selectFrom('message_templates')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('purpose', '=', purpose)
    .where('archived_at', 'is', null);
  query =
    occasionKey === null
      ? query.where('occasion_key', 'is', null)
      : query.where('occasion_key', '=', occasionKey);
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

export async function insertTemplateRow(db: Db, row: Insertable<MessageTemplatesTable>): Promise<void> {
  await db.insertInto('message_templates').values(row).execute();
}

export function updateTemplateRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<MessageTemplatesTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'message_templates', { institutionId, id, version }, changes);
}
