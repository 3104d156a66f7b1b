import type { z } from 'zod';
import type { createMessageRequestSchema, CreateMessageResponse } from '../../../shared/contracts/messages';
import type { OutgoingMessageStatus } from '../../../shared/domain/care-vocabulary';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { whatsAppUrl } from '../../platform/links/whats-app-url';
import { createInteractionWithin } from '../engagement/index';
import { composeMessage } from './compose-message';
import { messageInteraction } from './message-interaction';
import { toOutgoingMessage } from './message-mappers';
import { findMessageRow, insertMessageRow, updateDraftedMessageRow } from './outgoing-messages.repository';

type CreateInput = z.output<typeof createMessageRequestSchema>;

function mailtoUrl(to: string, subject: string | null, body: string): string {
  const query = [
    ...(subject ? [`subject=${encodeURIComponent(subject)}`] : []),
    `body=${encodeURIComponent(body)}`,
  ].join('&');
  return `mailto:${to}?${query}`;
}

/**
 * Prepares a message to one contact person, after the consent, observance and channel checks (a
 * refusal writes nothing). WhatsApp and email without SMTP become a drafted row and a link: the
 * sender sends it and Jalin asks afterwards. Email with SMTP leaves now; when it left, the
 * interaction is logged in the same transaction as the status.
 */
export async function sendMessage(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<CreateMessageResponse> {
  const composed = await composeMessage(deps, principal, input);
  const blocker = composed.preview.blockedBy;
  if (blocker || !composed.recipient) throw new AppError(blocker ?? 'CONTACT_HAS_NO_WHATSAPP');
  const recipient = composed.recipient;
  const subject = input.channel === 'email' ? (input.subject ?? composed.preview.subject) : null;
  const bySmtp = input.channel === 'email' && deps.mailer.configured;
  const delivered = bySmtp
    ? await deps.mailer.send({ to: recipient, subject: subject ?? '', text: input.body })
    : null;
  const status: OutgoingMessageStatus = delivered === null ? 'drafted' : delivered ? 'sent' : 'failed';
  const institutionId = principal.institutionId;
  const id = newId();
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertMessageRow(trx, {
      id,
      institution_id: institutionId,
      partner_id: input.partnerId,
      contact_id: input.contactId,
      channel: input.channel,
      purpose: input.purpose,
      template_id: composed.preview.templateId,
      occasion_ref: input.occasionRef ?? null,
      recipient,
      subject,
      body: input.body,
      status: 'drafted',
      interaction_id: null,
      created_by_user_id: principal.userId,
      created_at: now,
      confirmed_at: null,
    });
    if (status !== 'drafted') {
      const interaction =
        status === 'sent'
          ? await createInteractionWithin(
              trx,
              deps,
              principal,
              messageInteraction({ ...input, subject }, now),
              requestId,
            )
          : null;
      await updateDraftedMessageRow(trx, institutionId, id, {
        status,
        interaction_id: interaction?.id ?? null,
        confirmed_at: now,
      });
    }
    const message = toOutgoingMessage((await findMessageRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: `message.${status}`,
        entityType: 'outgoing_message',
        entityId: id,
        after: message,
      },
    );
    return {
      message,
      whatsAppUrl: input.channel === 'whatsapp' ? whatsAppUrl(input.body, recipient) : null,
      mailtoUrl: input.channel === 'email' && !bySmtp ? mailtoUrl(recipient, subject, input.body) : null,
    };
  });
}
