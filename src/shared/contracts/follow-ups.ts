import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, listQuerySchema, pageSchema } from './common';

/** `mine`: I logged it, I was among the staff present, or I facilitate its partnership. */
export const followUpScopes = ['mine', 'all'] as const;
export type FollowUpScope = (typeof followUpScopes)[number];
export const followUpStatuses = ['open', 'done'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const listFollowUpsQuerySchema = listQuerySchema.extend({
  scope: z.enum(followUpScopes).default('mine'),
  status: z.enum(followUpStatuses).default('open'),
  /** Only tasks due before this day (exclusive), as the institution counts days. */
  dueBefore: isoDateSchema.optional(),
});
export type ListFollowUpsQuery = z.input<typeof listFollowUpsQuerySchema>;

const namedRef = z.object({ id: idSchema, name: z.string() });

export const followUpItemSchema = z.object({
  interactionId: idSchema,
  task: z.string(),
  dueOn: isoDateSchema,
  /** Still open and its day has passed in the institution's time zone. */
  overdue: z.boolean(),
  doneAt: isoDateTimeSchema.nullable(),
  doneByUserId: idSchema.nullable(),
  occurredAt: isoDateTimeSchema,
  partners: z.array(namedRef),
  partnership: namedRef.nullable(),
});
export type FollowUpItem = z.infer<typeof followUpItemSchema>;

/** Open ones soonest due first, done ones latest due first; keyset pages. */
export const followUpPageSchema = pageSchema(followUpItemSchema).extend({
  /** Open and overdue tasks in the scope asked for, whatever the other filters. */
  overdueCount: z.number().int(),
  /** Today in the institution's time zone, the day `overdue` was decided on. */
  today: isoDateSchema,
});
export type FollowUpPage = z.infer<typeof followUpPageSchema>;

export const completeFollowUpRequestSchema = z.strictObject({ done: z.boolean() });
export type CompleteFollowUpRequest = z.input<typeof completeFollowUpRequestSchema>;
