import { z } from 'zod';
import { errorCodes, idSchema, isoDateTimeSchema } from './common';
import { partnerImportResultSchema } from './partner-import';

export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export const jobKinds = ['partners.import'] as const;
export type JobKind = (typeof jobKinds)[number];

export const jobSchema = z.object({
  id: idSchema,
  kind: z.enum(jobKinds),
  status: z.enum(jobStatuses),
  /** 0–1, updated as the work advances. */
  progress: z.number().min(0).max(1),
  createdAt: isoDateTimeSchema,
  startedAt: isoDateTimeSchema.nullable(),
  finishedAt: isoDateTimeSchema.nullable(),
  result: partnerImportResultSchema.nullable(),
  /** Where the finished job's file (e.g. the per-row import report) is downloaded. */
  resultFileUrl: z.string().nullable(),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable(),
});
export type Job = z.infer<typeof jobSchema>;

export const jobAcceptedSchema = z.object({ job: jobSchema });
