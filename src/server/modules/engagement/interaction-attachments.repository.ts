import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { InteractionAttachmentsTable } from '../../db/schema';

/** An attachment with the stored file's facts. */
export interface AttachmentRow {
  id: string;
  interaction_id: string;
  file_id: string;
  kind: string;
  caption: string | null;
  created_at: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
  storage_key: string;
}

function selectAttachments(db: Db, institutionId: string) {
  return db
    .selectFrom('interaction_attachments')
    .innerJoin('files', 'files.id', 'interaction_attachments.file_id')
    .select([
      'interaction_attachments.id',
      'interaction_attachments.interaction_id',
      'interaction_attachments.file_id',
      'interaction_attachments.kind',
      'interaction_attachments.caption',
      'interaction_attachments.created_at',
      'files.media_type',
      'files.size_bytes',
      'files.original_name',
      'files.storage_key',
    ])
    .where('interaction_attachments.institution_id', '=', institutionId)
    .where('files.institution_id', '=', institutionId);
}

/** The attachments of every interaction on a page, in one query, oldest first within each. */
export async function listAttachmentRows(
  db: Db,
  institutionId: string,
  interactionIds: string[],
): Promise<AttachmentRow[]> {
  if (interactionIds.length === 0) return [];
  return selectAttachments(db, institutionId)
    .where('interaction_attachments.interaction_id', 'in', interactionIds)
    .orderBy('interaction_attachments.id')
    .execute();
}

export function findAttachmentRow(
  db: Db,
  institutionId: string,
  interactionId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  return selectAttachments(db, institutionId)
    .where('interaction_attachments.interaction_id', '=', interactionId)
    .where('interaction_attachments.id', '=', id)
    .executeTakeFirst();
}

export async function countAttachmentRows(
  db: Db,
  institutionId: string,
  interactionId: string,
): Promise<number> {
  const row = await db
    .selectFrom('interaction_attachments')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('institution_id', '=', institutionId)
    .where('interaction_id', '=', interactionId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * A write that changes nothing, taken first in a transaction: it holds the interaction's row
 * lock (PostgreSQL) or the write lock (SQLite), so concurrent uploads count one after another.
 */
export async function lockInteractionRow(db: Db, institutionId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('interactions')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAttachmentRow(
  db: Db,
  row: Insertable<InteractionAttachmentsTable>,
): Promise<void> {
  await db.insertInto('interaction_attachments').values(row).execute();
}

/** Deletes the attachment and its files row; the stored bytes go after the commit. */
export async function deleteAttachmentRows(
  db: Db,
  institutionId: string,
  attachment: { id: string; file_id: string },
): Promise<void> {
  await db
    .deleteFrom('interaction_attachments')
    .where('institution_id', '=', institutionId)
    .where('id', '=', attachment.id)
    .execute();
  await db
    .deleteFrom('files')
    .where('institution_id', '=', institutionId)
    .where('id', '=', attachment.file_id)
    .execute();
}
