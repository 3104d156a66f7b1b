import { z } from 'zod';
import { outcomeKinds } from '../domain/activity-vocabulary';
import { activityTimelinessValues } from '../domain/activity-timeliness';
import { healthBands } from '../domain/health-score';
import { stepStages } from '../domain/partnership-stages';
import { regionCodePattern } from '../domain/region-code';
import { idSchema, isoDateTimeSchema } from './common';

/**
 * The institution dashboard, the district roll-up and the annual report (issue 8). Every figure
 * is defined in docs/domain/dashboard.md together with the list it links to; a property test
 * holds each figure equal to that list's count.
 */

/** A local calendar month, `YYYY-MM`. */
// A refine, not a regex check: only custom issues carry their own code out as a 422.
export const monthSchema = z
  .string()
  .refine((value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value), { message: 'MONTH_FORMAT' });

/** A period of whole local months; both ends optional (default: January of this year to this month). */
export const periodQueryShape = {
  from: monthSchema.optional(),
  to: monthSchema.optional(),
};
const periodInOrder = (period: { from?: string | undefined; to?: string | undefined }) =>
  !period.from || !period.to || period.from <= period.to;

export const dashboardQuerySchema = z
  .strictObject(periodQueryShape)
  .refine(periodInOrder, { message: 'PERIOD_REVERSED', path: ['to'] });
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;

export const periodSchema = z.object({ from: monthSchema, to: monthSchema });
export type Period = z.infer<typeof periodSchema>;

/** Outcomes the dashboard adds up (`other` counts only toward an activity's own target). */
export const dashboardOutcomeKinds = outcomeKinds.filter(
  (kind): kind is Exclude<(typeof outcomeKinds)[number], 'other'> => kind !== 'other',
);
export type DashboardOutcomeKind = (typeof dashboardOutcomeKinds)[number];
export const dashboardOutcomeKindSchema = z.enum(
  dashboardOutcomeKinds as [
    (typeof dashboardOutcomeKinds)[number],
    ...(typeof dashboardOutcomeKinds)[number][],
  ],
);

const count = z.number().int().min(0);
const slice = z.object({ key: z.string(), count });
const outcomeTotal = z.object({ kind: dashboardOutcomeKindSchema, total: z.number() });

export const activityTimelinessSchema = z.enum(activityTimelinessValues);

export const dashboardSchema = z.object({
  institution: z.object({ id: idSchema, name: z.string() }),
  period: periodSchema,
  /** When the roll-up behind these figures was computed. */
  computedAt: isoDateTimeSchema,
  /** Today's registry. */
  partners: z.object({
    total: count,
    byCategory: z.array(slice),
    /** A partner counts in every stage one of its partnerships is in. */
    byStage: z.array(slice),
    byPattern: z.array(slice),
    /** By regency/city code (`63.72`); partners without a region are not in any slice. */
    byRegion: z.array(z.object({ code: z.string(), name: z.string().nullable(), count })),
    byHealth: z.array(z.object({ key: z.enum(healthBands), count })),
    neglected: count,
  }),
  /** Steps 1–11: partnerships that reached each step, the share of the step before, days spent in it. */
  funnel: z.array(
    z.object({
      stage: z.enum(stepStages),
      reached: count,
      conversion: z.number().min(0).max(1).nullable(),
      averageDaysInStage: z.number().min(0).nullable(),
    }),
  ),
  /** Today's agreements (top-level agreements and follow-ups alike). */
  agreements: z.object({ active: count, expiring: count, expired: count }),
  /** Within the period. */
  activities: z.object({ onTime: count, late: count, overdue: count, unplanned: count }),
  /** Within the period: done activities' actual values. */
  outcomes: z.array(outcomeTotal),
  /** Within the period: answered feedback requests. */
  feedback: z.object({
    answered: count,
    bySatisfaction: z.array(z.object({ score: z.number().int().min(1).max(5), count })),
    averageSatisfaction: z.number().nullable(),
    promoters: count,
    passives: count,
    detractors: count,
    /** Net promoter score, -100…100; null without answers. */
    nps: z.number().nullable(),
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

const regionCodeSchema = z.string().trim().regex(regionCodePattern, { message: 'REGION_CODE_FORMAT' });

export const regionReportQuerySchema = z
  .strictObject({ code: regionCodeSchema, ...periodQueryShape })
  .refine(periodInOrder, { message: 'PERIOD_REVERSED', path: ['to'] });
export type RegionReportQuery = z.input<typeof regionReportQuerySchema>;

export const institutionRollupSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  partners: count,
  activeAgreements: count,
  expiringAgreements: count,
  neglectedPartners: count,
  /** Within the period. */
  outcomes: z.array(outcomeTotal),
  /** Null until the roll-up first ran for it. */
  computedAt: isoDateTimeSchema.nullable(),
});
export type InstitutionRollup = z.infer<typeof institutionRollupSchema>;

export const regionReportSchema = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  period: periodSchema,
  institutions: z.array(institutionRollupSchema),
  totals: z.object({
    institutions: count,
    partners: count,
    activeAgreements: count,
    expiringAgreements: count,
    neglectedPartners: count,
    outcomes: z.array(outcomeTotal),
  }),
});
export type RegionReport = z.infer<typeof regionReportSchema>;

export const regionMapQuerySchema = z.strictObject({ code: regionCodeSchema });
export const regionMapSchema = z.object({
  institutions: z.array(
    z.object({ id: idSchema, name: z.string(), latitude: z.number(), longitude: z.number() }),
  ),
  partners: z.array(
    z.object({
      id: idSchema,
      institutionId: idSchema,
      name: z.string(),
      category: z.string(),
      lat: z.number(),
      lng: z.number(),
    }),
  ),
  /** More partner points than the map shows (the cap is in docs/domain/dashboard.md). */
  truncated: z.boolean(),
});
export type RegionMap = z.infer<typeof regionMapSchema>;

export const annualReportFormats = ['pdf', 'docx', 'xlsx'] as const;
export const annualReportRequestSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  format: z.enum(annualReportFormats),
});
export type AnnualReportRequest = z.input<typeof annualReportRequestSchema>;

/** The finished annual report job's result: what the file at `resultFileUrl` is. */
export const annualReportResultSchema = z.object({
  year: z.number().int(),
  format: z.enum(annualReportFormats),
  fileName: z.string(),
  mediaType: z.string(),
});
export type AnnualReportResult = z.infer<typeof annualReportResultSchema>;
