import { z } from 'zod';
import { cadenceStageGroups, maxCadenceDays, minCadenceDays } from '../domain/contact-cadence';
import { healthBands, healthComponents, healthReasons } from '../domain/health-score';
import { timeZones } from '../domain/institution-kinds';
import { agendaItemSchema } from './care-agenda';
import { idSchema, isoDateSchema, isoDateTimeSchema, maxDatabaseInteger } from './common';

/** `mine`: the partners I facilitate plus institution-wide items; a facilitator's default. */
export const agendaScopes = ['mine', 'all'] as const;
export type AgendaScope = (typeof agendaScopes)[number];

export const agendaQuerySchema = z.strictObject({ scope: z.enum(agendaScopes).optional() });
export type AgendaQuery = z.input<typeof agendaQuerySchema>;

export const agendaSchema = z.object({
  /** Today in the institution's zone, the day "due" and "overdue" were decided on. */
  today: isoDateSchema,
  timeZone: z.enum(timeZones),
  scope: z.enum(agendaScopes),
  items: z.array(agendaItemSchema),
});
export type Agenda = z.infer<typeof agendaSchema>;

export const healthComponentSchema = z.object({
  component: z.enum(healthComponents),
  points: z.number().int(),
  max: z.number().int(),
  reason: z.enum(healthReasons),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

export const healthScoreSchema = z.object({
  score: z.number().int().min(0).max(100),
  band: z.enum(healthBands),
  components: z.array(healthComponentSchema),
});
export type HealthScoreView = z.infer<typeof healthScoreSchema>;

export const cadenceSchema = z.object({
  days: z.number().int(),
  defaultDays: z.number().int(),
  /** null: the default for the partner's category and stage applies. */
  overrideDays: z.number().int().nullable(),
  stageGroup: z.enum(cadenceStageGroups),
});

/** What a facilitator reads before contacting (technique 3): kept with each contact. */
export const careContactSchema = z.object({
  id: idSchema,
  name: z.string(),
  position: z.string().nullable(),
  preferences: z.string().nullable(),
  sensitiveTopics: z.string().nullable(),
  consentWithdrawn: z.boolean(),
});

export const partnerCareSchema = z.object({
  partnerId: idSchema,
  today: isoDateSchema,
  health: healthScoreSchema,
  cadence: cadenceSchema,
  lastContactAt: isoDateTimeSchema.nullable(),
  lastContactOn: isoDateSchema.nullable(),
  nextContactDueOn: isoDateSchema,
  /** Days past due (positive), due today (0), days ahead (negative). */
  daysOverdue: z.number().int(),
  contacts: z.array(careContactSchema),
  partnerVersion: z.number().int(),
});
export type PartnerCare = z.infer<typeof partnerCareSchema>;

export const updateCadenceRequestSchema = z.strictObject({
  /** null restores the default for the partner's category and stage. */
  days: z
    .number()
    .int()
    .max(maxDatabaseInteger)
    .nullable()
    .refine((days) => days === null || (days >= minCadenceDays && days <= maxCadenceDays), {
      message: 'CADENCE_OUT_OF_RANGE',
    }),
});
export type UpdateCadenceRequest = z.input<typeof updateCadenceRequestSchema>;

export const neglectReasons = ['no_contact_twice_cadence', 'never_contacted', 'health_critical'] as const;
export type NeglectReason = (typeof neglectReasons)[number];

export const neglectedPartnerSchema = z.object({
  partnerId: idSchema,
  partnerName: z.string(),
  facilitatorUserId: idSchema.nullable(),
  reasons: z.array(z.enum(neglectReasons)),
  cadenceDays: z.number().int(),
  lastContactOn: isoDateSchema.nullable(),
  /** Days since the last contact, or since the partner was mapped when never contacted. */
  daysSince: z.number().int(),
  healthScore: z.number().int(),
  healthBand: z.enum(healthBands),
});
export type NeglectedPartner = z.infer<typeof neglectedPartnerSchema>;

export const neglectedListSchema = z.object({
  today: isoDateSchema,
  items: z.array(neglectedPartnerSchema),
});
export type NeglectedList = z.infer<typeof neglectedListSchema>;
