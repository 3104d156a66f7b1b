import { z } from 'zod';
import {
  activityParties,
  activityStatuses,
  evidenceKinds,
  evidenceSides,
  outcomeKinds,
} from '../domain/activity-vocabulary';
import { timeZones } from '../domain/institution-kinds';
import { responsibleParties } from '../domain/work-plan-items';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalText,
  rowVersionQuerySchema,
  rowVersionSchema,
} from './common';

/** Evidence files: the interaction attachment rules (JPEG, PNG, WebP or PDF by content, ≤ 10 MB). */
export const evidenceCaptionMaxLength = 500;
export const evidencePerActivityMax = 30;

/**
 * A JSON number ≥ 0: "sepuluh" or "10" is refused with its own code (422), so a form cannot store
 * a count nobody can add up.
 */
const actualQuantity = z.custom<number>(
  (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1_000_000_000,
  { message: 'ACTIVITY_QUANTITY_INVALID' },
);
const spentRupiah = z.custom<number>(
  (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
  { message: 'ACTIVITY_SPENDING_INVALID' },
);

const activityFields = {
  /** Null or absent: an unplanned activity, flagged as such. */
  workPlanItemId: idSchema.nullable().optional(),
  title: z.string().trim().min(3).max(200),
  status: z.enum(activityStatuses),
  /** Defaults to the item's responsible party, or the institution for an unplanned activity. */
  carriedOutBy: z.enum(activityParties).optional(),
  startedOn: isoDateSchema.nullable().optional(),
  endedOn: isoDateSchema.nullable().optional(),
  actualQuantity: actualQuantity.nullable().optional(),
  /** Defaults from the item's target (e.g. "peserta" → learners_trained), else `other`. */
  outcomeKind: z.enum(outcomeKinds).nullable().optional(),
  outputs: optionalText(2000),
  notes: optionalText(2000),
  institutionSpentRupiah: spentRupiah.optional(),
  partnerSpentRupiah: spentRupiah.optional(),
};

export const createActivityRequestSchema = z.strictObject(activityFields);
export type CreateActivityRequest = z.input<typeof createActivityRequestSchema>;

/** Only the fields sent change; the rules across fields are checked on the result. */
export const updateActivityRequestSchema = z.strictObject({
  version: rowVersionSchema,
  workPlanItemId: activityFields.workPlanItemId,
  title: activityFields.title.optional(),
  status: activityFields.status.optional(),
  carriedOutBy: activityFields.carriedOutBy,
  startedOn: activityFields.startedOn,
  endedOn: activityFields.endedOn,
  actualQuantity: activityFields.actualQuantity,
  outcomeKind: activityFields.outcomeKind,
  outputs: activityFields.outputs,
  notes: activityFields.notes,
  institutionSpentRupiah: activityFields.institutionSpentRupiah,
  partnerSpentRupiah: activityFields.partnerSpentRupiah,
});
export type UpdateActivityRequest = z.input<typeof updateActivityRequestSchema>;

export const deleteActivityQuerySchema = z.strictObject({ version: rowVersionQuerySchema });

export const partnershipActivitiesParamsSchema = z.strictObject({ partnershipId: idSchema });
export const activityParamsSchema = z.strictObject({ activityId: idSchema });
export const evidenceParamsSchema = z.strictObject({ activityId: idSchema, evidenceId: idSchema });
export const evidenceDownloadQuerySchema = z.strictObject({
  size: z.enum(['full', 'thumbnail']).default('full'),
});

/** The text parts of an evidence upload; the file is the part named `file`. */
export const addEvidenceFieldsSchema = z.strictObject({
  kind: z.enum(evidenceKinds),
  caption: optionalText(evidenceCaptionMaxLength),
});

export const activityEvidenceSchema = z.object({
  id: idSchema,
  kind: z.enum(evidenceKinds),
  caption: z.string().nullable(),
  side: z.enum(evidenceSides),
  contributorName: z.string().nullable(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  fileName: z.string(),
  createdAt: isoDateTimeSchema,
});
export type ActivityEvidence = z.infer<typeof activityEvidenceSchema>;

const targetSchema = z.object({ quantity: z.number(), unit: z.string(), description: z.string() });

/** The plan item an activity carries out, as much as a reader needs beside the actual figures. */
export const activityPlanItemSchema = z.object({
  id: idSchema,
  workPlanId: idSchema,
  cycleYear: z.number().int(),
  activity: z.string(),
  target: targetSchema,
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  responsibleParty: z.enum(responsibleParties),
  responsiblePerson: z.string().nullable(),
});
export type ActivityPlanItem = z.infer<typeof activityPlanItemSchema>;

export const activitySchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  planItem: activityPlanItemSchema.nullable(),
  /** Done outside the plan (no item, or its item was removed from the plan). */
  unplanned: z.boolean(),
  title: z.string(),
  status: z.enum(activityStatuses),
  carriedOutBy: z.enum(activityParties),
  startedOn: z.iso.date().nullable(),
  endedOn: z.iso.date().nullable(),
  actualQuantity: z.number().nullable(),
  outcomeKind: z.enum(outcomeKinds).nullable(),
  outputs: z.string().nullable(),
  notes: z.string().nullable(),
  institutionSpentRupiah: z.number().int(),
  partnerSpentRupiah: z.number().int(),
  evidence: z.array(activityEvidenceSchema),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Activity = z.infer<typeof activitySchema>;

export const activityListSchema = z.object({
  items: z.array(activitySchema),
  /** The items of the current plan (the latest approved, else the newest), to record against. */
  planItems: z.array(activityPlanItemSchema),
});
export type ActivityList = z.infer<typeof activityListSchema>;

export const issueEvidenceLinkRequestSchema = z.strictObject({ recipientName: optionalText(120) });

export const evidenceLinkSchema = z.object({
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  /** A WhatsApp message in Indonesian to send with the link (nothing is sent by the server). */
  whatsAppText: z.string(),
  whatsAppUrl: z.string(),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export const publicEvidenceParamsSchema = z.strictObject({
  id: idSchema,
  token: z.string().min(1).max(200),
});
export const publicItemEvidenceParamsSchema = publicEvidenceParamsSchema.extend({ itemId: idSchema });

export const addPartnerEvidenceFieldsSchema = addEvidenceFieldsSchema.extend({
  contributorName: z.string().trim().min(2).max(120),
});

const publicEvidenceSchema = activityEvidenceSchema.omit({ sizeBytes: true });

/** What the partner sees through its link: its own items of the current plan, nothing else. */
export const publicEvidencePageSchema = z.object({
  institutionName: z.string(),
  partnershipName: z.string(),
  partnerNames: z.array(z.string()),
  planTitle: z.string().nullable(),
  cycleYear: z.number().int().nullable(),
  linkExpiresAt: isoDateTimeSchema,
  /** The institution's zone, so dates read as the institution wrote them. */
  timeZone: z.enum(timeZones),
  items: z.array(
    z.object({
      id: idSchema,
      activity: z.string(),
      responsibleParty: z.enum(responsibleParties),
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      target: targetSchema,
      activities: z.array(
        z.object({
          id: idSchema,
          title: z.string(),
          status: z.enum(activityStatuses),
          startedOn: z.iso.date().nullable(),
          endedOn: z.iso.date().nullable(),
          evidence: z.array(publicEvidenceSchema),
        }),
      ),
    }),
  ),
});
export type PublicEvidencePage = z.infer<typeof publicEvidencePageSchema>;

export * from './institution-activities';
