import { z } from 'zod';
import { idSchema } from './common';

export const monevReportParamsSchema = z.strictObject({ evaluationId: idSchema });

/** The laporan monev of one evaluation, as PDF or as an editable DOCX. */
export const monevReportQuerySchema = z.strictObject({
  format: z.enum(['pdf', 'docx']),
});
export type MonevReportFormat = z.output<typeof monevReportQuerySchema>['format'];
