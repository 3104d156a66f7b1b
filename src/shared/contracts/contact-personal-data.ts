import { z } from 'zod';
import { idSchema, rowVersionSchema } from './common';
import { contactSchema } from './partners';

export const contactPersonalDataQuerySchema = z.strictObject({
  format: z.enum(['json', 'csv']).default('json'),
});

const textOrNull = z.string().nullable();

/** Everything Jalin holds about one contact person, with how it was processed (UU PDP access right). */
export const contactPersonalDataSchema = z.object({
  exportedAt: z.string(),
  institution: z.object({ id: idSchema, name: z.string() }),
  partner: z.object({ id: idSchema, name: z.string() }),
  contact: contactSchema,
  interactions: z.array(
    z.object({ id: idSchema, occurredAt: z.string(), kind: z.string(), summary: textOrNull }),
  ),
  meetings: z.array(z.object({ id: idSchema, title: z.string(), startsAt: z.string() })),
  agreements: z.array(z.object({ id: idSchema, subject: z.string(), status: z.string() })),
  messages: z.array(
    z.object({
      id: idSchema,
      createdAt: z.string(),
      channel: z.string(),
      purpose: z.string(),
      status: z.string(),
      recipient: z.string(),
      subject: textOrNull,
      body: z.string(),
    }),
  ),
  feedback: z.array(
    z.object({
      id: idSchema,
      requestedAt: z.string(),
      answeredAt: textOrNull,
      status: z.string(),
      respondentName: textOrNull,
      comments: textOrNull,
      improve: textOrNull,
    }),
  ),
  gatheringInvitations: z.array(
    z.object({ id: idSchema, gatheringId: idSchema, reply: z.string(), replyNote: textOrNull }),
  ),
  processingHistory: z.array(
    z.object({
      occurredAt: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: textOrNull,
      actorName: textOrNull,
      requestId: textOrNull,
    }),
  ),
});
export type ContactPersonalData = z.infer<typeof contactPersonalDataSchema>;

export const contactErasureRequestSchema = z.strictObject({
  /** The version of the contact the user confirmed erasing. */
  version: rowVersionSchema,
});

export const contactErasureSchema = z.object({
  erasedAt: z.string(),
  removedFrom: z.object({
    interactions: z.number(),
    meetings: z.number(),
    agreements: z.number(),
    messages: z.number(),
    feedback: z.number(),
    gatheringInvitations: z.number(),
    auditEvents: z.number(),
    importFiles: z.number(),
  }),
  /** Signed agreements keep the signatory as the legal record they are. */
  retainedSignedAgreementIds: z.array(idSchema),
});
export type ContactErasure = z.infer<typeof contactErasureSchema>;
