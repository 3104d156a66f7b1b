import { z } from 'zod';
import {
  partnerImportFields,
  partnerImportIssueCodes,
  partnerImportModes,
  partnerImportRowStatuses,
} from '../domain/partner-import-fields';
import { idSchema } from './common';

const importField = z.enum(partnerImportFields);

/** Source header → field (null: ignore the column). Headers missing here are guessed. */
export const partnerImportMappingSchema = z.record(z.string().max(200), importField.nullable());
export type PartnerImportMapping = z.infer<typeof partnerImportMappingSchema>;

/** The text parts of the multipart upload; the file travels in the part named `file`. */
export const partnerImportFieldsSchema = z.strictObject({
  mapping: z
    .string()
    .max(20_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'JSON_INVALID' });
        return z.NEVER;
      }
    })
    .pipe(partnerImportMappingSchema)
    .optional(),
  mode: z.enum(partnerImportModes).optional(),
});

export const partnerImportColumnSchema = z.object({
  header: z.string(),
  field: importField.nullable(),
  samples: z.array(z.string()),
});

export const partnerImportPreviewSchema = z.object({
  format: z.enum(['xlsx', 'csv']),
  columns: z.array(partnerImportColumnSchema),
  /** Fields the file must provide before an import can start. */
  missingRequired: z.array(importField),
});
export type PartnerImportPreview = z.infer<typeof partnerImportPreviewSchema>;

export const partnerImportIssueSchema = z.object({
  code: z.enum(partnerImportIssueCodes),
  /** The offending value, or the other partner's name for a duplicate. */
  value: z.string().nullable(),
});
export type PartnerImportIssue = z.infer<typeof partnerImportIssueSchema>;

export const partnerImportRowSchema = z.object({
  row: z.number().int(),
  name: z.string().nullable(),
  status: z.enum(partnerImportRowStatuses),
  partnerId: idSchema.nullable(),
  issues: z.array(partnerImportIssueSchema),
});
export type PartnerImportRow = z.infer<typeof partnerImportRowSchema>;

export const partnerImportResultSchema = z.object({
  totalRows: z.number().int(),
  counts: z.record(z.enum(partnerImportRowStatuses), z.number().int()),
  /** Rejected, duplicate and flagged rows first (at most 500); the XLSX report has every row. */
  problems: z.array(partnerImportRowSchema),
  problemsTruncated: z.boolean(),
});
export type PartnerImportResult = z.infer<typeof partnerImportResultSchema>;
