import { z } from 'zod';
import { messageChannels, messagePurposes, outgoingMessageStatuses } from '../domain/care-vocabulary';
import { greetingOccasionKeys } from '../domain/greeting-audience';
import { contactSalutations } from '../domain/partner-vocabulary';
import { idSchema, isoDateTimeSchema, optionalText, rowVersionQuerySchema, rowVersionSchema } from './common';

/** Institution templates have UUIDs; the shipped ones `default:<purpose>[:<occasion>]`. */
const templateIdSchema = z.string().min(1).max(80);
const occasionRefSchema = z.string().trim().min(3).max(120);

const templateFields = {
  purpose: z.enum(messagePurposes),
  /** Greetings only: the occasion the template is for. */
  occasionKey: z.enum(greetingOccasionKeys).nullable().optional(),
  name: z.string().trim().min(2).max(120),
  subject: optionalText(200),
  body: z.string().trim().min(2).max(3000),
};

/** An occasion on a template of another purpose is dropped: only greetings are for an occasion. */
export const createMessageTemplateRequestSchema = z.strictObject(templateFields);
export type CreateMessageTemplateRequest = z.input<typeof createMessageTemplateRequestSchema>;

export const updateMessageTemplateRequestSchema = z.strictObject({
  ...z.object(templateFields).partial().shape,
  version: rowVersionSchema,
});
export type UpdateMessageTemplateRequest = z.input<typeof updateMessageTemplateRequestSchema>;

export const messageTemplateSchema = z.object({
  id: templateIdSchema,
  purpose: z.enum(messagePurposes),
  occasionKey: z.enum(greetingOccasionKeys).nullable(),
  name: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  /** Shipped with Jalin: read-only, replaced by the institution's own template for the same use. */
  isDefault: z.boolean(),
  version: z.number().int().nullable(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;

export const messageTemplateListSchema = z.object({ items: z.array(messageTemplateSchema) });

export const deleteMessageTemplateQuerySchema = z.strictObject({
  version: rowVersionQuerySchema,
});

const composeFields = {
  partnerId: idSchema,
  contactId: idSchema,
  channel: z.enum(messageChannels),
  purpose: z.enum(messagePurposes),
  templateId: templateIdSchema.nullable().optional(),
  /** e.g. "holiday:<id>", "occasion:<id>", "anniversary:<agreement id>" (greetings). */
  occasionRef: occasionRefSchema.nullable().optional(),
};

export const previewMessageRequestSchema = z.strictObject(composeFields);
export type PreviewMessageRequest = z.input<typeof previewMessageRequestSchema>;

export const messageBlockers = [
  'CONTACT_CONSENT_WITHDRAWN',
  'GREETING_NOT_FOR_CONTACT',
  'CONTACT_HAS_NO_WHATSAPP',
  'CONTACT_HAS_NO_EMAIL',
] as const;

export const messagePreviewSchema = z.object({
  templateId: templateIdSchema,
  subject: z.string().nullable(),
  body: z.string(),
  /** Placeholders without a value (left written in the text for the sender to fill in). */
  missingPlaceholders: z.array(z.string()),
  contact: z.object({
    id: idSchema,
    name: z.string(),
    salutation: z.enum(contactSalutations).nullable(),
    /** Technique 3 (patience): shown before anything else. */
    preferences: z.string().nullable(),
    sensitiveTopics: z.string().nullable(),
    phone: z.string().nullable(),
    whatsApp: z.boolean(),
    email: z.string().nullable(),
    consentWithdrawn: z.boolean(),
  }),
  occasion: z.object({ title: z.string(), date: z.string(), occasionKey: z.string().nullable() }).nullable(),
  /** 07:00–20:00 in the institution's zone is work-chat time; outside it is a warning, not a refusal. */
  outsideWorkingHours: z.boolean(),
  /** Email leaves through SMTP now; otherwise the composer offers a mailto: link. */
  emailBySmtp: z.boolean(),
  /** Why sending would be refused, so the composer can say so before the sender writes. */
  blockedBy: z.enum(messageBlockers).nullable(),
});
export type MessagePreview = z.infer<typeof messagePreviewSchema>;

export const createMessageRequestSchema = z.strictObject({
  ...composeFields,
  subject: optionalText(200),
  body: z.string().trim().min(2).max(3500),
});
export type CreateMessageRequest = z.input<typeof createMessageRequestSchema>;

export const outgoingMessageSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  contactId: idSchema.nullable(),
  /** null when the contact person has since been erased. */
  contactName: z.string().nullable(),
  channel: z.enum(messageChannels),
  purpose: z.enum(messagePurposes),
  templateId: z.string().nullable(),
  occasionRef: z.string().nullable(),
  recipient: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(outgoingMessageStatuses),
  interactionId: idSchema.nullable(),
  createdByUserId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  confirmedAt: isoDateTimeSchema.nullable(),
});
export type OutgoingMessage = z.infer<typeof outgoingMessageSchema>;

export const createMessageResponseSchema = z.object({
  message: outgoingMessageSchema,
  /** Open it to send: WhatsApp with the text as an editable draft (nothing is sent automatically). */
  whatsAppUrl: z.string().nullable(),
  /** Email without SMTP: the sender's mail program opens with the text. */
  mailtoUrl: z.string().nullable(),
});
export type CreateMessageResponse = z.infer<typeof createMessageResponseSchema>;

export const confirmMessageRequestSchema = z.strictObject({ sent: z.boolean() });

export const outgoingMessageListSchema = z.object({ items: z.array(outgoingMessageSchema) });
