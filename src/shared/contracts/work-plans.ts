import { z } from 'zod';
import { timeZones } from '../domain/institution-kinds';
import { responsibleParties, workPlanItemFieldsSchema } from '../domain/work-plan-items';
import { idSchema, isoDateTimeSchema, optionalText, rowVersionQuerySchema, rowVersionSchema } from './common';

export const workPlanStatuses = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
export type WorkPlanStatus = (typeof workPlanStatuses)[number];
export const workPlanReviewDecisions = ['approved', 'changes_requested'] as const;
export type WorkPlanReviewDecision = (typeof workPlanReviewDecisions)[number];

/** Most plans hold a handful of activities; the cap keeps one request bounded. */
export const maxWorkPlanItems = 200;

const cycleYear = z.number().int().min(2000).max(2100);
const planTitle = z.string().trim().min(3).max(200);
const version = rowVersionSchema;
/**
 * Items arrive without the rules across their fields (end after start, contributions within the
 * budget); the server checks those and answers a coded 422 naming the item.
 */
const itemsInput = z.array(workPlanItemFieldsSchema).max(maxWorkPlanItems);

export const createWorkPlanRequestSchema = z.strictObject({
  cycleYear,
  title: planTitle,
  items: itemsInput.default([]),
  /** Starts from an earlier plan of the same partnership: its items, moved to the new cycle year. */
  copyFromWorkPlanId: idSchema.nullable().optional(),
});
export type CreateWorkPlanRequest = z.input<typeof createWorkPlanRequestSchema>;

/**
 * An item sent back with its `id` is the same item edited in place (activities and evaluation notes
 * point at it); one without is new; a stored item left out is removed.
 */
const keptItemsInput = z
  .array(workPlanItemFieldsSchema.extend({ id: idSchema.optional() }))
  .max(maxWorkPlanItems);

export const replaceWorkPlanItemsRequestSchema = z.strictObject({ version, items: keptItemsInput });
export type ReplaceWorkPlanItemsRequest = z.input<typeof replaceWorkPlanItemsRequestSchema>;

export const updateWorkPlanRequestSchema = z.strictObject({
  version,
  title: planTitle.optional(),
  cycleYear: cycleYear.optional(),
});
export type UpdateWorkPlanRequest = z.input<typeof updateWorkPlanRequestSchema>;

export const deleteWorkPlanQuerySchema = z.strictObject({ version: rowVersionQuerySchema });

export const issueReviewLinkRequestSchema = z.strictObject({ recipientName: optionalText(120) });

const rupiah = z.number().int();
const totalsSchema = z.object({
  budgetRupiah: rupiah,
  contributions: z.object({ institution: rupiah, partner: rupiah }),
});

export const workPlanItemSchema = z.object({
  id: idSchema,
  activity: z.string(),
  objective: z.string(),
  responsibleParty: z.enum(responsibleParties),
  responsiblePerson: z.string().nullable(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  budgetRupiah: rupiah,
  contributions: z.object({ institution: rupiah, partner: rupiah }),
  target: z.object({ quantity: z.number(), unit: z.string(), description: z.string() }),
  aspirations: z.object({ institution: z.string().nullable(), partner: z.string().nullable() }),
  /** What the cycle's joint evaluation said about this item (step 10); read-only here. */
  evaluationNote: z.string().nullable(),
});
export type WorkPlanItemView = z.infer<typeof workPlanItemSchema>;

/** What the partner (or the institution) said about one version of the plan. */
export const workPlanReviewSchema = z.object({
  id: idSchema,
  decision: z.enum(workPlanReviewDecisions),
  reviewerName: z.string(),
  reviewerPosition: z.string(),
  comment: z.string().nullable(),
  planVersion: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type WorkPlanReview = z.infer<typeof workPlanReviewSchema>;

const dutiesSchema = z.object({ rights: z.array(z.string()), obligations: z.array(z.string()) });

export const workPlanSummarySchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  cycleYear: z.number().int(),
  title: z.string(),
  status: z.enum(workPlanStatuses),
  itemCount: z.number().int(),
  totals: totalsSchema,
  approvedAt: isoDateTimeSchema.nullable(),
  approvedByName: z.string().nullable(),
  approvedByPosition: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type WorkPlanSummary = z.infer<typeof workPlanSummarySchema>;
export const workPlanListSchema = z.object({ items: z.array(workPlanSummarySchema) });

export const workPlanSchema = workPlanSummarySchema.extend({
  items: z.array(workPlanItemSchema),
  /** The Hak dan Kewajiban the agreement will carry, derived from the items. */
  rightsAndObligations: z.object({ institution: dutiesSchema, partner: dutiesSchema }),
  reviews: z.array(workPlanReviewSchema),
});
export type WorkPlan = z.infer<typeof workPlanSchema>;

export const workPlanReviewLinkSchema = z.object({
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  /** A WhatsApp message in Indonesian to send with the link (nothing is sent by the server). */
  whatsAppText: z.string(),
  whatsAppUrl: z.string(),
  workPlan: workPlanSchema,
});
export type WorkPlanReviewLink = z.infer<typeof workPlanReviewLinkSchema>;

export const publicWorkPlanParamsSchema = z.strictObject({
  id: idSchema,
  token: z.string().min(1).max(200),
});

/** What a partner sees through the link: the plan and who asks, nothing else of the institution. */
export const publicWorkPlanSchema = z.object({
  id: idSchema,
  institutionName: z.string(),
  senderName: z.string().nullable(),
  partnershipName: z.string(),
  programme: z.string().nullable(),
  partnerNames: z.array(z.string()),
  cycleYear: z.number().int(),
  title: z.string(),
  status: z.enum(workPlanStatuses),
  version: z.number().int(),
  items: z.array(workPlanItemSchema),
  totals: totalsSchema,
  reviews: z.array(workPlanReviewSchema),
  linkExpiresAt: isoDateTimeSchema,
  /** The institution's zone, so times read as the institution wrote them. */
  timeZone: z.enum(timeZones),
});
export type PublicWorkPlan = z.infer<typeof publicWorkPlanSchema>;

const reviewerText = (max: number) => z.string().trim().min(2).max(max);

export const publicWorkPlanReviewRequestSchema = z
  .strictObject({
    decision: z.enum(workPlanReviewDecisions),
    reviewerName: reviewerText(120),
    reviewerPosition: reviewerText(120),
    comment: optionalText(2000),
    /** The version the partner read: a plan changed since then is not approved unseen. */
    planVersion: version,
  })
  .refine((body) => body.decision !== 'changes_requested' || Boolean(body.comment), {
    message: 'REVIEW_COMMENT_REQUIRED',
    path: ['comment'],
  });
export type PublicWorkPlanReviewRequest = z.input<typeof publicWorkPlanReviewRequestSchema>;
