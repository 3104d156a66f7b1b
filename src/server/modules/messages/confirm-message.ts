import type { OutgoingMessage } from '../../../shared/contracts/messages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { createInteractionWithin } from '../engagement/index';
import { findRecipientContact } from './message-context.repository';
import { messageInteraction } from './message-interaction';
import { toOutgoingMessage } from './message-mappers';
import { findMessageRow, updateDraftedMessageRow } from './outgoing-messages.repository';

/**
 * The sender's answer to "was it sent?". Yes: the message is sent and the contact is logged as an
 * interaction, with its audit, in one transaction. No: not sent. Asked once: a second answer is a 409.
 */
export async function confirmMessage(
  deps: AppDeps,
  principal: Principal,
  id: string,
  sent: boolean,
  requestId: string,
): Promise<OutgoingMessage> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await findMessageRow(trx, institutionId, id);
    if (!row) throw new AppError('MESSAGE_NOT_FOUND');
    if (row.status !== 'drafted') throw new AppError('MESSAGE_ALREADY_CONFIRMED', { status: row.status });
    const before = toOutgoingMessage(row);
    const now = deps.clock.now().toISOString();
    let interactionId: string | null = null;
    if (sent) {
      // A contact erased since the draft drops out of the log entry; the partner stays.
      const contact = row.contact_id
        ? await findRecipientContact(trx, institutionId, row.partner_id, row.contact_id)
        : undefined;
      const interaction = await createInteractionWithin(
        trx,
        deps,
        principal,
        messageInteraction({ ...before, contactId: contact?.id ?? null }, now),
        requestId,
      );
      interactionId = interaction.id;
    }
    const changes = { status: sent ? 'sent' : 'not_sent', interaction_id: interactionId, confirmed_at: now };
    if (!(await updateDraftedMessageRow(trx, institutionId, id, changes))) {
      throw new AppError('MESSAGE_ALREADY_CONFIRMED', { status: row.status });
    }
    const after = toOutgoingMessage((await findMessageRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: sent ? 'message.confirmed_sent' : 'message.confirmed_not_sent',
        entityType: 'outgoing_message',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}
