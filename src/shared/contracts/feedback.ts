import { z } from 'zod';
import { feedbackStatuses } from '../domain/care-vocabulary';
import { timeZones } from '../domain/institution-kinds';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionSchema,
} from './common';
import { monthSchema } from './reports';

export const feedbackSatisfactionMin = 1;
export const feedbackSatisfactionMax = 5;
export const feedbackRecommendMin = 0;
export const feedbackRecommendMax = 10;

/** What a list can be filtered by: the stored statuses, and `expired` (sent, link past its date). */
export const feedbackListStatuses = [...feedbackStatuses, 'expired'] as const;

export const createFeedbackRequestSchema = z.strictObject({ contactId: idSchema });

export const feedbackRequestSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  partnerName: z.string(),
  contactId: idSchema.nullable(),
  contactName: z.string().nullable(),
  status: z.enum(feedbackStatuses),
  /** Sent and the link's date has passed: it can no longer be answered. */
  expired: z.boolean(),
  requestedAt: isoDateTimeSchema,
  requestedByUserId: idSchema.nullable(),
  expiresAt: isoDateTimeSchema,
  answeredAt: isoDateTimeSchema.nullable(),
  satisfaction: z.number().int().nullable(),
  recommend: z.number().int().nullable(),
  improve: z.string().nullable(),
  comments: z.string().nullable(),
  respondentName: z.string().nullable(),
  version: z.number().int(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

/** The request with its link, shown once, and a WhatsApp draft that says who asks and why. */
export const issuedFeedbackRequestSchema = z.object({
  request: feedbackRequestSchema,
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  whatsAppText: z.string(),
  whatsAppUrl: z.string(),
});
export type IssuedFeedbackRequest = z.infer<typeof issuedFeedbackRequestSchema>;

export const listFeedbackRequestsQuerySchema = listQuerySchema
  .extend({
    status: z.enum(feedbackListStatuses).optional(),
    partnerId: idSchema.optional(),
    /** Answered with this satisfaction (docs/domain/dashboard.md). */
    satisfaction: z.coerce
      .number()
      .int()
      .min(feedbackSatisfactionMin)
      .max(feedbackSatisfactionMax)
      .optional(),
    /** Answered within these local months (the institution's zone), both included. */
    from: monthSchema.optional(),
    to: monthSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'PERIOD_REVERSED',
    path: ['to'],
  });
export const feedbackRequestPageSchema = pageSchema(feedbackRequestSchema);

export const partnerFeedbackSchema = z.object({
  latestSatisfaction: z.number().int().nullable(),
  latestAnsweredAt: isoDateTimeSchema.nullable(),
  /** Over the answers of the last 12 months. */
  averageSatisfaction: z.number().nullable(),
  answeredCount: z.number().int(),
  requests: z.array(feedbackRequestSchema),
});
export type PartnerFeedback = z.infer<typeof partnerFeedbackSchema>;

export const feedbackSummaryQuerySchema = z
  .strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'PERIOD_INVALID', path: ['to'] });

/** The institution's figures over requests made in the period (institution's days). */
export const feedbackSummarySchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  /** Requests made in the period, cancelled ones left out. */
  sent: z.number().int(),
  answered: z.number().int(),
  /** answered / sent, 0–1; null when nothing was sent. */
  responseRate: z.number().nullable(),
  averageSatisfaction: z.number().nullable(),
  /** Recommend 9–10, 7–8, 0–6 (the NPS bands). */
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  /** (promoters − detractors) / answered × 100, rounded; null without answers. */
  netPromoterScore: z.number().int().nullable(),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

export const cancelFeedbackRequestSchema = z.strictObject({ version: rowVersionSchema });

export const publicFeedbackParamsSchema = z.strictObject({
  id: idSchema,
  token: z.string().min(1).max(200),
});

/** What the contact sees through the link: who asks and the questions; nothing else. */
export const publicFeedbackSchema = z.object({
  id: idSchema,
  institutionName: z.string(),
  partnerName: z.string(),
  contactName: z.string().nullable(),
  questions: z.array(
    z.object({
      key: z.enum(['satisfaction', 'recommend', 'improve', 'comments', 'respondentName']),
      kind: z.enum(['scale', 'text']),
      min: z.number().int().nullable(),
      max: z.number().int().nullable(),
      required: z.boolean(),
    }),
  ),
  linkExpiresAt: isoDateTimeSchema,
  answeredAt: isoDateTimeSchema.nullable(),
  /** The institution's zone, to show the expiry the way the sender meant it. */
  timeZone: z.enum(timeZones),
});
export type PublicFeedback = z.infer<typeof publicFeedbackSchema>;

export const feedbackAnswerSchema = z.strictObject({
  satisfaction: z.number().int().min(feedbackSatisfactionMin).max(feedbackSatisfactionMax),
  recommend: z.number().int().min(feedbackRecommendMin).max(feedbackRecommendMax),
  improve: optionalText(2000),
  comments: optionalText(4000),
  respondentName: optionalText(120),
});
export type FeedbackAnswer = z.input<typeof feedbackAnswerSchema>;
