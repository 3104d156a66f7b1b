import { z } from 'zod';
import {
  builtInPatterns,
  customPatternCodePattern,
  enterableStages,
  partnershipStages,
  stageGateIds,
  stepStages,
  type EnterableStage,
} from '../domain/partnership-stages';
import {
  idSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionSchema,
} from './common';
import { partnerCategorySchema } from './partners';
import { regionCodePattern } from '../domain/region-code';

export const partnershipStageSchema = z.enum(partnershipStages);
/** A built-in pattern or an institution's own `custom:<slug>` (the server checks it exists). */
export const partnershipPatternSchema = z.union([
  z.enum(builtInPatterns),
  z.string().regex(customPatternCodePattern, { message: 'PARTNERSHIP_PATTERN_UNKNOWN' }),
]);
export const stageGateSchema = z.enum(stageGateIds as [string, ...string[]]);

const cycleYears = z
  .array(z.number().int().min(2000).max(2100))
  .max(20)
  .refine((years) => new Set(years).size === years.length, { message: 'CYCLE_YEARS_REPEATED' });

const partnershipFields = {
  /** The programme it serves, as people say it: "PKW Pembuatan Tas Rajut 2026". */
  name: z.string().trim().min(3).max(200),
  programme: optionalText(120),
  pattern: partnershipPatternSchema.nullable().optional(),
  facilitatorUserId: idSchema.nullable().optional(),
  cycleYears: cycleYears.optional(),
  partnerIds: z
    .array(idSchema)
    .min(1)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'PARTNER_REPEATED' }),
};

/** A partnership that already ran before Jalin: recorded from a later step, with why. */
export const enteredAtSchema = z.strictObject({
  stage: z.enum(enterableStages as [EnterableStage, ...EnterableStage[]]),
  reason: z.string().trim().min(10).max(2000),
});

export const createPartnershipRequestSchema = z.strictObject({
  ...partnershipFields,
  enteredAt: enteredAtSchema.optional(),
});
export type CreatePartnershipRequest = z.input<typeof createPartnershipRequestSchema>;

export const updatePartnershipRequestSchema = z.strictObject({
  ...z.object(partnershipFields).partial().shape,
  version: rowVersionSchema,
});
export type UpdatePartnershipRequest = z.input<typeof updatePartnershipRequestSchema>;

export const listPartnershipsQuerySchema = listQuerySchema.extend({
  stage: partnershipStageSchema.optional(),
  pattern: partnershipPatternSchema.optional(),
  facilitatorUserId: idSchema.optional(),
  partnerId: idSchema.optional(),
  /** One of its partners has this category. */
  category: partnerCategorySchema.optional(),
  /** One of its partners lies in this region (any level, like the partner list). */
  regionCode: z.string().trim().regex(regionCodePattern, { message: 'REGION_CODE_FORMAT' }).optional(),
  /** The programme, compared without regard to case. */
  programme: z.string().trim().min(1).max(120).optional(),
  /** Its stage history (or current stage) holds this step or a later one (docs/domain/dashboard.md). */
  reachedStage: z.enum(stepStages).optional(),
});

export const partnershipPartnerSchema = z.object({ id: idSchema, name: z.string() });

export const partnershipSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  programme: z.string().nullable(),
  pattern: partnershipPatternSchema.nullable(),
  facilitatorUserId: idSchema.nullable(),
  cycleYears: z.array(z.number().int()),
  stage: partnershipStageSchema,
  stageChangedAt: isoDateTimeSchema,
  partners: z.array(partnershipPartnerSchema),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

/** A move the table allows from the current stage, and whether its gate holds right now. */
export const possibleMoveSchema = z.object({
  to: partnershipStageSchema,
  gate: stageGateSchema.nullable(),
  gateMet: z.boolean(),
});

export const partnershipSchema = partnershipSummarySchema.extend({
  moves: z.array(possibleMoveSchema),
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const partnershipPageSchema = pageSchema(partnershipSummarySchema);

export const moveStageRequestSchema = z.strictObject({
  to: partnershipStageSchema,
  reason: optionalText(2000),
  /** The version the user saw, when sent: a move decided on a stale page is 409. */
  version: rowVersionSchema.optional(),
});
export type MoveStageRequest = z.input<typeof moveStageRequestSchema>;

export const stageEventSchema = z.object({
  id: idSchema,
  from: partnershipStageSchema.nullable(),
  to: partnershipStageSchema,
  gate: stageGateSchema.nullable(),
  facts: z.record(z.string(), z.union([z.number(), z.boolean()])),
  reason: z.string().nullable(),
  byUserId: idSchema.nullable(),
  at: isoDateTimeSchema,
  /** The first event of a partnership entered at a later stage: recorded, not gated. */
  entered: z.boolean(),
});
export type StageEvent = z.infer<typeof stageEventSchema>;

export const stageHistorySchema = z.object({ items: z.array(stageEventSchema) });
