import { z } from 'zod';
import {
  evaluationDecisions,
  evaluationOutcomes,
  goalReachedValues,
  improvementStatuses,
  satisfactionMax,
  satisfactionMin,
} from '../domain/evaluation-vocabulary';
import { timeZones } from '../domain/institution-kinds';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, rowVersionSchema } from './common';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const satisfactionSchema = z.number().int().min(satisfactionMin).max(satisfactionMax);
const versionSchema = rowVersionSchema;

export const evaluationOutcomeSchema = z.enum(evaluationOutcomes);
export const goalReachedSchema = z.enum(goalReachedValues);
export const evaluationDecisionSchema = z.enum(evaluationDecisions);

export const createEvaluationRequestSchema = z.strictObject({
  cycleYear: z.number().int().min(2000).max(2100),
});

export const updateEvaluationRequestSchema = z.strictObject({
  version: versionSchema,
  goalsSummary: optionalText(4000),
  obstacles: optionalText(4000),
  institutionSatisfaction: satisfactionSchema.nullable().optional(),
  recommendations: optionalText(4000),
  items: z
    .array(
      z.strictObject({
        id: idSchema,
        outcome: evaluationOutcomeSchema,
        goalReached: goalReachedSchema,
        note: optionalText(2000),
      }),
    )
    .max(200)
    .optional(),
});

export const improvementInputSchema = z.strictObject({
  improvement: text(3, 1000),
  ownerName: optionalText(120),
  dueOn: isoDateSchema.nullable().optional(),
  status: z.enum(improvementStatuses).default('open'),
});
export const replaceImprovementsRequestSchema = z.strictObject({
  version: versionSchema,
  improvements: z.array(improvementInputSchema).max(100),
});

const rtlFieldLimits = {
  activity: 300,
  target: 300,
  timing: 120,
  personResponsible: 120,
  successIndicator: 300,
} as const;
/** An RTL row is usable only whole: what, how much, when, who and how success shows. */
export const followUpRowInputSchema = z
  .strictObject({
    activity: z.string().trim().max(rtlFieldLimits.activity),
    target: z.string().trim().max(rtlFieldLimits.target),
    timing: z.string().trim().max(rtlFieldLimits.timing),
    personResponsible: z.string().trim().max(rtlFieldLimits.personResponsible),
    successIndicator: z.string().trim().max(rtlFieldLimits.successIndicator),
  })
  .superRefine((row, context) => {
    for (const field of Object.keys(rtlFieldLimits) as (keyof typeof rtlFieldLimits)[]) {
      if (row[field] === '')
        context.addIssue({ code: 'custom', message: 'FOLLOW_UP_ROW_INCOMPLETE', path: [field] });
    }
  });
export const replaceFollowUpRowsRequestSchema = z.strictObject({
  version: versionSchema,
  rows: z.array(followUpRowInputSchema).max(100),
});

export const followUpPlanQuerySchema = z.strictObject({ format: z.enum(['xlsx', 'pdf']) });

export const decideEvaluationRequestSchema = z.strictObject({
  version: versionSchema,
  decision: evaluationDecisionSchema,
  /** Checked by the use case, so a blank one answers DECISION_REASON_REQUIRED rather than a shape error. */
  reason: z.string().max(2000).nullable().optional(),
});

export const partnerLinkRequestSchema = z.strictObject({ recipientName: optionalText(120) });

export const publicEvaluationParamsSchema = z.strictObject({
  id: idSchema,
  token: z.string().min(1).max(200),
});

export const partnerPartRequestSchema = z.strictObject({
  respondentName: text(2, 120),
  respondentPosition: text(2, 120),
  satisfaction: satisfactionSchema,
  goalsSummary: text(3, 4000),
  obstacles: optionalText(4000),
  recommendations: optionalText(4000),
});

export const emptyRequestSchema = z.strictObject({});

const plannedSchema = z.object({
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  targetQuantity: z.number(),
  targetUnit: z.string(),
  targetDescription: z.string(),
});
/** What the activities recorded against the plan item add up to. */
const actualSchema = z.object({
  quantity: z.number().nullable(),
  activityCount: z.number().int(),
  doneCount: z.number().int(),
  inProgressCount: z.number().int(),
});

export const evaluationItemSchema = z.object({
  id: idSchema,
  workPlanItemId: idSchema.nullable(),
  position: z.number().int(),
  activity: z.string(),
  outcome: evaluationOutcomeSchema,
  suggestedOutcome: evaluationOutcomeSchema,
  goalReached: goalReachedSchema,
  note: z.string().nullable(),
  planned: plannedSchema.nullable(),
  actual: actualSchema,
});
export type EvaluationItem = z.infer<typeof evaluationItemSchema>;

export const improvementSchema = z.object({
  id: idSchema,
  improvement: z.string(),
  ownerName: z.string().nullable(),
  dueOn: isoDateSchema.nullable(),
  status: z.enum(improvementStatuses),
});
export type Improvement = z.infer<typeof improvementSchema>;

export const followUpRowSchema = z.object({
  id: idSchema,
  activity: z.string(),
  target: z.string(),
  timing: z.string(),
  personResponsible: z.string(),
  successIndicator: z.string(),
});
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

const partPart = {
  goalsSummary: z.string().nullable(),
  obstacles: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  recommendations: z.string().nullable(),
};

export const evaluationSummarySchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  workPlanId: idSchema.nullable(),
  cycleYear: z.number().int(),
  institutionPartFilled: z.boolean(),
  partnerSubmittedAt: isoDateTimeSchema.nullable(),
  decision: evaluationDecisionSchema.nullable(),
  nextWorkPlanId: idSchema.nullable(),
  followUpAgreementId: idSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;
export const evaluationListSchema = z.object({ items: z.array(evaluationSummarySchema) });

export const evaluationSchema = evaluationSummarySchema.extend({
  partnershipName: z.string(),
  partnershipStage: z.string(),
  institutionPart: z.object(partPart),
  partnerPart: z
    .object({
      ...partPart,
      respondentName: z.string(),
      respondentPosition: z.string(),
      submittedAt: isoDateTimeSchema,
    })
    .nullable(),
  items: z.array(evaluationItemSchema),
  improvements: z.array(improvementSchema),
  followUpRows: z.array(followUpRowSchema),
  decisionReason: z.string().nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  decidedByName: z.string().nullable(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const partnerLinkSchema = z.object({
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  whatsAppText: z.string(),
  whatsAppUrl: z.string(),
});
export type PartnerLink = z.infer<typeof partnerLinkSchema>;

/** What the partner sees through the link: who asks, the partnership, plan against actual; nothing else. */
export const publicEvaluationSchema = z.object({
  id: idSchema,
  institutionName: z.string(),
  partnershipName: z.string(),
  cycleYear: z.number().int(),
  items: z.array(
    z.object({
      activity: z.string(),
      planned: plannedSchema.nullable(),
      actualQuantity: z.number().nullable(),
      outcome: evaluationOutcomeSchema,
    }),
  ),
  linkExpiresAt: isoDateTimeSchema,
  submittedAt: isoDateTimeSchema.nullable(),
  /** The institution's zone, so the partner reads the link's expiry in the institution's time. */
  timeZone: z.enum(timeZones),
});
export type PublicEvaluation = z.infer<typeof publicEvaluationSchema>;

export const followUpResultSchema = z.object({
  evaluation: evaluationSchema,
  /** The work plan or agreement the follow-up created. */
  createdId: idSchema,
});
export type FollowUpResult = z.infer<typeof followUpResultSchema>;
