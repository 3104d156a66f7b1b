import { z } from 'zod';
import { activityTimelinessValues } from '../domain/activity-timeliness';
import { activityStatuses, outcomeKinds } from '../domain/activity-vocabulary';
import { idSchema, listQuerySchema, pageSchema } from './common';
import { monthSchema } from './reports';

/**
 * The institution-wide activity list behind the dashboard's activity and outcome figures
 * (docs/domain/dashboard.md): timeliness and the period are decided by
 * shared/domain/activity-timeliness.ts, so a figure and its list cannot disagree.
 */
export const listInstitutionActivitiesQuerySchema = listQuerySchema
  .extend({
    timeliness: z.enum(activityTimelinessValues).optional(),
    outcomeKind: z.enum(outcomeKinds).optional(),
    status: z.enum(activityStatuses).optional(),
    partnershipId: idSchema.optional(),
    partnerId: idSchema.optional(),
    /** Months (`YYYY-MM`, local) holding the activity's reference date, both included. */
    from: monthSchema.optional(),
    to: monthSchema.optional(),
    q: z.string().trim().max(200).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'PERIOD_REVERSED',
    path: ['to'],
  });
export type ListInstitutionActivitiesQuery = z.input<typeof listInstitutionActivitiesQuerySchema>;

export const institutionActivitySchema = z.object({
  id: idSchema,
  title: z.string(),
  status: z.enum(activityStatuses),
  partnership: z.object({ id: idSchema, name: z.string() }),
  partnerNames: z.array(z.string()),
  /** The end date of its plan item; null for an unplanned activity. */
  plannedEnd: z.iso.date().nullable(),
  startedOn: z.iso.date().nullable(),
  endedOn: z.iso.date().nullable(),
  actualQuantity: z.number().nullable(),
  outcomeKind: z.enum(outcomeKinds).nullable(),
  /** Null: cancelled, not done and not yet due, or done without an end date. */
  timeliness: z.enum(activityTimelinessValues).nullable(),
  evidenceCount: z.number().int().min(0),
});
export type InstitutionActivity = z.infer<typeof institutionActivitySchema>;

export const institutionActivityPageSchema = pageSchema(institutionActivitySchema).extend({
  /** The sum of `actualQuantity` over every matching activity (all pages); what an outcome figure shows. */
  actualQuantityTotal: z.number(),
});
export type InstitutionActivityPage = z.infer<typeof institutionActivityPageSchema>;
