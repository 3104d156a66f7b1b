import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import type { Notification } from '../../../shared/contracts/notifications';
import type { NotificationsTable } from '../../db/schema';

export function notificationRow(
  item: AgendaItem,
  keys: { id: string; institutionId: string; userId: string; dedupeKey: string; createdAt: string },
): NotificationsTable {
  return {
    id: keys.id,
    institution_id: keys.institutionId,
    user_id: keys.userId,
    reason: item.reason,
    dedupe_key: keys.dedupeKey,
    partner_id: item.partnerId,
    partner_name: item.partnerName,
    subject_type: item.subject.type,
    subject_id: item.subject.id,
    due_on: item.dueOn,
    detail: item.detail,
    created_at: keys.createdAt,
    read_at: null,
    digest_sent_at: null,
    digest_claim: null,
    digest_claim_until: null,
  };
}

export function toNotification(row: NotificationsTable): Notification {
  return {
    id: row.id,
    reason: row.reason as Notification['reason'],
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    subject: { type: row.subject_type as Notification['subject']['type'], id: row.subject_id },
    dueOn: row.due_on,
    detail: row.detail,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
