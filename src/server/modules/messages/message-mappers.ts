import type { MessageTemplate, OutgoingMessage } from '../../../shared/contracts/messages';
import type { DefaultMessageTemplate } from '../../../shared/domain/default-message-templates';
import type { MessageTemplateRow } from './message-templates.repository';
import type { OutgoingMessageRow } from './outgoing-messages.repository';

export function toMessageTemplate(row: MessageTemplateRow): MessageTemplate {
  return {
    id: row.id,
    purpose: row.purpose as MessageTemplate['purpose'],
    occasionKey: row.occasion_key as MessageTemplate['occasionKey'],
    name: row.name,
    subject: row.subject,
    body: row.body,
    isDefault: false,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function fromDefaultTemplate(template: DefaultMessageTemplate): MessageTemplate {
  return {
    id: template.id,
    purpose: template.purpose,
    occasionKey: template.occasionKey,
    name: template.name,
    subject: template.subject,
    body: template.body,
    isDefault: true,
    version: null,
    updatedAt: null,
  };
}

export function toOutgoingMessage(row: OutgoingMessageRow): OutgoingMessage {
  return {
    id: row.id,
    partnerId: row.partner_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    channel: row.channel as OutgoingMessage['channel'],
    purpose: row.purpose as OutgoingMessage['purpose'],
    templateId: row.template_id,
    occasionRef: row.occasion_ref,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    status: row.status as OutgoingMessage['status'],
    interactionId: row.interaction_id,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
  };
}
