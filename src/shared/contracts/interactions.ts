import { z } from 'zod';
import {
  findingFields,
  interactionApproaches,
  interactionKinds,
  type FindingField,
} from '../domain/interaction-vocabulary';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionSchema,
} from './common';
import { interactionAttachmentSchema } from './interaction-attachments';

const uniqueIds = (max: number) =>
  z
    .array(idSchema)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'ID_REPEATED' });

export const findingsSchema = z.strictObject(
  Object.fromEntries(findingFields.map((field) => [field, optionalText(4000)])) as Record<
    FindingField,
    ReturnType<typeof optionalText>
  >,
);
export type Findings = { [K in FindingField]: string | null };

export const followUpSchema = z.strictObject({
  task: z.string().trim().min(2).max(500),
  dueOn: isoDateSchema,
});

const interactionFields = {
  kind: z.enum(interactionKinds),
  approach: z.enum(interactionApproaches),
  occurredAt: isoDateTimeSchema,
  partnerIds: uniqueIds(20).min(1),
  partnershipId: idSchema.nullable().optional(),
  contactIds: uniqueIds(50).optional(),
  staffUserIds: uniqueIds(20).optional(),
  summary: optionalText(4000),
  findings: findingsSchema.optional(),
  followUp: followUpSchema.nullable().optional(),
};

export const createInteractionRequestSchema = z.strictObject(interactionFields);
export type CreateInteractionRequest = z.input<typeof createInteractionRequestSchema>;

export const updateInteractionRequestSchema = z.strictObject({
  ...z.object(interactionFields).partial().shape,
  version: rowVersionSchema,
});
export type UpdateInteractionRequest = z.input<typeof updateInteractionRequestSchema>;

export const listInteractionsQuerySchema = listQuerySchema.extend({
  partnerId: idSchema.optional(),
  partnershipId: idSchema.optional(),
});

const namedRef = z.object({ id: idSchema, name: z.string() });

export const interactionSchema = z.object({
  id: idSchema,
  kind: z.enum(interactionKinds),
  approach: z.enum(interactionApproaches),
  occurredAt: isoDateTimeSchema,
  partnershipId: idSchema.nullable(),
  partners: z.array(namedRef),
  /** Contact persons still on record; an erased one drops out of the log. */
  contacts: z.array(namedRef),
  staffUserIds: z.array(idSchema),
  summary: z.string().nullable(),
  findings: z.object(
    Object.fromEntries(findingFields.map((field) => [field, z.string().nullable()])) as Record<
      FindingField,
      z.ZodNullable<z.ZodString>
    >,
  ),
  hasFindings: z.boolean(),
  followUp: z
    .object({ task: z.string(), dueOn: isoDateSchema, doneAt: isoDateTimeSchema.nullable() })
    .nullable(),
  /** Photos and documents, oldest first. */
  attachments: z.array(interactionAttachmentSchema),
  createdByUserId: idSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Interaction = z.infer<typeof interactionSchema>;

export const interactionPageSchema = pageSchema(interactionSchema);
