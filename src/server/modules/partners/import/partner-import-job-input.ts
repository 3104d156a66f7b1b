import { z } from 'zod';
import { partnerImportMappingSchema } from '../../../../shared/contracts/partner-import';
import { partnerImportModes } from '../../../../shared/domain/partner-import-fields';

/** What an import job stores at its start: everything needed to run (or re-run) it later. */
export const partnerImportJobInputSchema = z.object({
  fileKey: z.string(),
  filename: z.string(),
  sha256: z.string(),
  mapping: partnerImportMappingSchema,
  mode: z.enum(partnerImportModes),
  userName: z.string(),
});
export type PartnerImportJobInput = z.infer<typeof partnerImportJobInputSchema>;
