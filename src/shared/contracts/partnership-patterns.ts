import { z } from 'zod';
import { customPatternCodePattern } from '../domain/partnership-stages';
import { optionalText, rowVersionSchema } from './common';

export const customPatternCodeSchema = z.string().regex(customPatternCodePattern);

const patternName = z.string().trim().min(2).max(80);
const patternDescription = optionalText(300);

export const createPartnershipPatternRequestSchema = z.strictObject({
  name: patternName,
  description: patternDescription,
});
export type CreatePartnershipPatternRequest = z.input<typeof createPartnershipPatternRequestSchema>;

export const updatePartnershipPatternRequestSchema = z.strictObject({
  name: patternName.optional(),
  description: patternDescription,
  version: rowVersionSchema,
});
export type UpdatePartnershipPatternRequest = z.input<typeof updatePartnershipPatternRequestSchema>;

export const partnershipPatternItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** The guide's four: listed for completeness, never changed or deleted. */
  builtIn: z.boolean(),
  /** How many of the institution's partnerships use it (what a delete would hit). */
  partnershipCount: z.number().int(),
  /** Null for the built-in ones, which have no row. */
  version: z.number().int().nullable(),
});
export type PartnershipPatternItem = z.infer<typeof partnershipPatternItemSchema>;

export const partnershipPatternListSchema = z.object({ items: z.array(partnershipPatternItemSchema) });
