import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { OutgoingMessagesTable } from '../../db/schema';

export type OutgoingMessageRow = Selectable<OutgoingMessagesTable> & { contact_name: string | null };

function selectMessages(db: Db, institutionId: string) {
  return db
    .selectFrom('outgoing_messages')
    .leftJoin('partner_contacts', (join) =>
      join
        .onRef('partner_contacts.id', '=', 'outgoing_messages.contact_id')
        .onRef('partner_contacts.institution_id', '=', 'outgoing_messages.institution_id'),
    )
    .selectAll('outgoing_messages')
    .select('partner_contacts.name as contact_name')
    .where('outgoing_messages.institution_id', '=', institutionId);
}

export function findMessageRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<OutgoingMessageRow | undefined> {
  return selectMessages(db, institutionId).where('outgoing_messages.id', '=', id).executeTakeFirst();
}

/** The partner's newest messages first (a log, bounded: older ones stay in the audit log). */
export function listPartnerMessageRows(
  db: Db,
  institutionId: string,
  partnerId: string,
  limit: number,
): Promise<OutgoingMessageRow[]> {
  return selectMessages(db, institutionId)
    .where('outgoing_messages.partner_id', '=', partnerId)
    .orderBy('outgoing_messages.created_at', 'desc')
    .orderBy('outgoing_messages.id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertMessageRow(db: Db, row: Insertable<OutgoingMessagesTable>): Promise<void> {
  await db.insertInto('outgoing_messages').values(row).execute();
}

/** Moves a drafted message on; false when it is no longer a draft (confirmed meanwhile). */
export async function updateDraftedMessageRow(
  db: Db,
  institutionId: string,
  id: string,
  changes: Updateable<OutgoingMessagesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('outgoing_messages')
    .set(changes)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('status', '=', 'drafted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
