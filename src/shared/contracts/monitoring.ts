import { z } from 'zod';
import { deviationKinds, deviationSeverities, problemStatuses } from '../domain/monitoring-vocabulary';
import { timeZones } from '../domain/institution-kinds';
import { partnershipStages } from '../domain/partnership-stages';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalText,
  rowVersionQuerySchema,
  rowVersionSchema,
} from './common';

const version = rowVersionSchema;
const rupiah = z.number();

/** A deviation with the names a sentence about it needs, so the page need not look them up. */
export const deviationSchema = z.object({
  kind: z.enum(deviationKinds),
  severity: z.enum(deviationSeverities),
  itemId: idSchema.nullable(),
  /** The plan item's activity name. */
  itemActivity: z.string().nullable(),
  activityId: idSchema.nullable(),
  activityTitle: z.string().nullable(),
  daysLate: z.number().int().nullable(),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  /** The target's unit ("orang") for indicator figures. */
  unit: z.string().nullable(),
  party: z.enum(['institution', 'partner']).nullable(),
  plannedRupiah: rupiah.nullable(),
  spentRupiah: rupiah.nullable(),
});
export type DeviationView = z.infer<typeof deviationSchema>;

export const problemSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  activityId: idSchema.nullable(),
  activityTitle: z.string().nullable(),
  problem: z.string(),
  cause: z.string().nullable(),
  solution: z.string().nullable(),
  ownerName: z.string(),
  dueOn: isoDateSchema.nullable(),
  status: z.enum(problemStatuses),
  solvedAt: isoDateTimeSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Problem = z.infer<typeof problemSchema>;

const problemText = z.string().trim().min(3).max(2000);
const ownerName = z.string().trim().min(2).max(120);

export const createProblemRequestSchema = z.strictObject({
  problem: problemText,
  cause: optionalText(2000),
  solution: optionalText(2000),
  ownerName,
  dueOn: isoDateSchema.nullable().optional(),
  activityId: idSchema.nullable().optional(),
  status: z.enum(problemStatuses).default('open'),
});
export type CreateProblemRequest = z.input<typeof createProblemRequestSchema>;

export const updateProblemRequestSchema = z.strictObject({
  version,
  problem: problemText.optional(),
  cause: optionalText(2000),
  solution: optionalText(2000),
  ownerName: ownerName.optional(),
  dueOn: isoDateSchema.nullable().optional(),
  activityId: idSchema.nullable().optional(),
  status: z.enum(problemStatuses).optional(),
});
export type UpdateProblemRequest = z.input<typeof updateProblemRequestSchema>;

export const deleteByVersionQuerySchema = z.strictObject({ version: rowVersionQuerySchema });

export const monitoringVisitSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  visitedOn: isoDateSchema,
  place: z.string(),
  /** The institution's visitors, the first one signs the berita acara. */
  visitors: z.array(z.string()),
  /** The partner's people present, the first one signs for the partner. */
  partnerAttendees: z.array(z.string()),
  findings: z.string(),
  recommendations: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type MonitoringVisit = z.infer<typeof monitoringVisitSchema>;

/** "Nama, Jabatan" per person; at most twenty a side, as many as a berita acara lists. */
const people = z.array(z.string().trim().min(2).max(160)).min(1).max(20);

export const createMonitoringVisitRequestSchema = z.strictObject({
  visitedOn: isoDateSchema,
  place: z.string().trim().min(2).max(300),
  visitors: people,
  partnerAttendees: people,
  findings: z.string().trim().min(3).max(5000),
  recommendations: optionalText(5000),
});
export type CreateMonitoringVisitRequest = z.input<typeof createMonitoringVisitRequestSchema>;

export const updateMonitoringVisitRequestSchema = createMonitoringVisitRequestSchema
  .partial()
  .extend({ version });
export type UpdateMonitoringVisitRequest = z.input<typeof updateMonitoringVisitRequestSchema>;

export const beritaAcaraQuerySchema = z.strictObject({ format: z.enum(['pdf', 'docx']).default('pdf') });

const itemProgressSchema = z.object({
  itemId: idSchema,
  activity: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  unit: z.string(),
  target: z.number(),
  actual: z.number(),
  state: z.enum(['not_started', 'in_progress', 'done', 'cancelled']),
});

export const monitoringProgressSchema = z.object({
  items: z.array(itemProgressSchema),
  counts: z.object({
    items: z.number().int(),
    done: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
    cancelled: z.number().int(),
  }),
  /** Sums across items; meaningful when the items share a unit, which most plans' do. */
  targetTotal: z.number(),
  actualTotal: z.number(),
  unplannedActivities: z.number().int(),
});
export type MonitoringProgress = z.infer<typeof monitoringProgressSchema>;

export const partnershipMonitoringSchema = z.object({
  partnershipId: idSchema,
  /** The institution's calendar day the deviations were computed for. */
  today: isoDateSchema,
  timeZone: z.enum(timeZones),
  deviations: z.array(deviationSchema),
  problems: z.array(problemSchema),
  visits: z.array(monitoringVisitSchema),
  progress: monitoringProgressSchema,
});
export type PartnershipMonitoring = z.infer<typeof partnershipMonitoringSchema>;

export const deviationListQuerySchema = z.strictObject({
  severity: z.enum(deviationSeverities).optional(),
  partnershipId: idSchema.optional(),
});
export type DeviationListQuery = z.input<typeof deviationListQuerySchema>;

export const deviationAcrossSchema = deviationSchema.extend({
  partnership: z.object({
    id: idSchema,
    name: z.string(),
    stage: z.enum(partnershipStages),
    facilitatorName: z.string().nullable(),
  }),
});
export type DeviationAcross = z.infer<typeof deviationAcrossSchema>;

export const deviationListSchema = z.object({
  today: isoDateSchema,
  items: z.array(deviationAcrossSchema),
});
export type DeviationList = z.infer<typeof deviationListSchema>;
