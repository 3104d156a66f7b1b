import { z } from 'zod';
import { exchangeItems, partnerSizes } from '../domain/partner-vocabulary';
import { partnershipStages, stageGateIds } from '../domain/partnership-stages';
import { factorPoints, needPriorities } from '../domain/relevance-score';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionSchema,
} from './common';

export const needStatuses = ['open', 'met', 'dropped'] as const;
export type NeedStatus = (typeof needStatuses)[number];
export const needDecisionKinds = ['pursue', 'not_now', 'not_relevant'] as const;
export type NeedDecisionKind = (typeof needDecisionKinds)[number];

const needFields = {
  /** As people say it: "Tempat magang 10 peserta PKW Tata Rias". */
  title: z.string().trim().min(3).max(120),
  item: z.enum(exchangeItems),
  priority: z.enum(needPriorities),
  quantity: z.number().int().min(1).max(100000).nullable().optional(),
  periodStart: isoDateSchema.nullable().optional(),
  periodEnd: isoDateSchema.nullable().optional(),
  programme: optionalText(120),
  notes: optionalText(2000),
};

const periodOrdered = (value: { periodStart?: string | null; periodEnd?: string | null }) =>
  !value.periodStart || !value.periodEnd || value.periodEnd >= value.periodStart;
const periodIssue = { message: 'PERIOD_END_BEFORE_START', path: ['periodEnd'] };

export const createNeedRequestSchema = z.strictObject(needFields).refine(periodOrdered, periodIssue);
export type CreateNeedRequest = z.input<typeof createNeedRequestSchema>;

export const updateNeedRequestSchema = z
  .strictObject({
    ...z.object(needFields).partial().shape,
    status: z.enum(needStatuses).optional(),
    version: rowVersionSchema,
  })
  .refine(periodOrdered, periodIssue);
export type UpdateNeedRequest = z.input<typeof updateNeedRequestSchema>;

export const listNeedsQuerySchema = listQuerySchema.extend({ status: z.enum(needStatuses).optional() });

export const needSchema = z.object({
  id: idSchema,
  title: z.string(),
  item: z.enum(exchangeItems),
  priority: z.enum(needPriorities),
  quantity: z.number().int().nullable(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  programme: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.enum(needStatuses),
  /** Partners decided on, by their current decision. */
  decisionCounts: z.object({
    pursue: z.number().int(),
    not_now: z.number().int(),
    not_relevant: z.number().int(),
  }),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Need = z.infer<typeof needSchema>;
export const needPageSchema = pageSchema(needSchema);

const stage = z.enum(partnershipStages);
export const relevanceReasonSchema = z.discriminatedUnion('factor', [
  z.object({ factor: z.literal('offer_match'), points: z.number(), item: z.enum(exchangeItems) }),
  z.object({ factor: z.literal('priority'), points: z.number(), priority: z.enum(needPriorities) }),
  z.object({
    factor: z.literal('capacity'),
    points: z.number(),
    size: z.enum(partnerSizes).nullable(),
    quantity: z.number().nullable(),
    typicalCapacity: z.number().nullable(),
  }),
  z.object({
    factor: z.literal('proximity'),
    points: z.number(),
    level: z.enum(['village', 'district', 'regency', 'province', 'elsewhere', 'unknown']),
    distanceKm: z.number().nullable(),
  }),
  z.object({
    factor: z.literal('relationship'),
    points: z.number(),
    recentInteractions: z.number().int(),
    openStage: stage.nullable(),
  }),
  z.object({
    factor: z.literal('past_delivery'),
    points: z.number(),
    deliveredPartnerships: z.number().int(),
  }),
]);
export type RelevanceReasonView = z.infer<typeof relevanceReasonSchema>;

export const needDecisionSchema = z.object({
  id: idSchema,
  needId: idSchema,
  partnerId: idSchema,
  decision: z.enum(needDecisionKinds),
  reason: z.string().nullable(),
  partnershipId: idSchema.nullable(),
  decidedByUserId: idSchema.nullable(),
  decidedAt: isoDateTimeSchema,
});
export type NeedDecision = z.infer<typeof needDecisionSchema>;

export const relevanceQuerySchema = z.strictObject({ needId: idSchema });

export const relevanceCandidateSchema = z.object({
  partnerId: idSchema,
  partnerName: z.string(),
  score: z.number().int().min(0).max(100),
  reasons: z.array(relevanceReasonSchema),
  openPartnershipId: idSchema.nullable(),
  decision: needDecisionSchema.nullable(),
});
export type RelevanceCandidate = z.infer<typeof relevanceCandidateSchema>;

export const relevanceRankingSchema = z.object({
  need: needSchema,
  items: z.array(relevanceCandidateSchema),
  /** Partners offering the item; when above the cap only the best `cap` are listed. */
  total: z.number().int(),
  cap: z.number().int(),
  capped: z.boolean(),
  maxPoints: z.object(
    Object.fromEntries(Object.keys(factorPoints).map((key) => [key, z.number()])) as Record<
      keyof typeof factorPoints,
      z.ZodNumber
    >,
  ),
});
export type RelevanceRanking = z.infer<typeof relevanceRankingSchema>;

export const partnerRelevanceSchema = z.object({
  items: z.array(
    z.object({
      need: needSchema,
      score: z.number().int().min(0).max(100),
      reasons: z.array(relevanceReasonSchema),
      decision: needDecisionSchema.nullable(),
    }),
  ),
});
export type PartnerRelevance = z.infer<typeof partnerRelevanceSchema>;

export const decideRequestSchema = z
  .strictObject({
    partnerId: idSchema,
    decision: z.enum(needDecisionKinds),
    reason: optionalText(2000),
  })
  .refine((value) => value.decision === 'pursue' || Boolean(value.reason), {
    message: 'REASON_REQUIRED',
    path: ['reason'],
  });
export type DecideRequest = z.input<typeof decideRequestSchema>;

export const decisionResultSchema = z.object({
  decision: needDecisionSchema,
  /** Set for `pursue`: the partnership created or moved, how far it got and the gate that stopped it. */
  partnership: z
    .object({
      id: idSchema,
      created: z.boolean(),
      stage,
      stoppedAtGate: z.enum(stageGateIds as [string, ...string[]]).nullable(),
    })
    .nullable(),
});
export type DecisionResult = z.infer<typeof decisionResultSchema>;
