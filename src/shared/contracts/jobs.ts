import { z } from 'zod';
import { errorCodes, idSchema, isoDateTimeSchema } from './common';
import { partnerImportResultSchema, type PartnerImportResult } from './partner-import';
import { annualReportResultSchema, type AnnualReportResult } from './reports';

export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export const jobKinds = ['partners.import', 'reports.annual'] as const;
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
  result: z.union([partnerImportResultSchema, annualReportResultSchema]).nullable(),
  /** Where the finished job's file (e.g. the per-row import report) is downloaded. */
  resultFileUrl: z.string().nullable(),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable(),
});
/** A job whose kind the reader knows: its result has that kind's shape (the import's by default). */
export type Job<Result = PartnerImportResult | AnnualReportResult> = Omit<
  z.infer<typeof jobSchema>,
  'result'
> & {
  result: Result | null;
};

export const jobAcceptedSchema = z.object({ job: jobSchema });
