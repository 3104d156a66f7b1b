import { z } from 'zod';
import { builtInPatterns, customPatternCodePattern, partnershipStages } from '../domain/partnership-stages';

/**
 * The partner list's filters by partnership (a partner matches when one of its partnerships is in
 * the stage / has the pattern). Kept apart from partnerships.ts, which imports the partner contracts.
 */
export const partnerEngagementFilters = {
  stage: z.enum(partnershipStages).optional(),
  pattern: z
    .union([
      z.enum(builtInPatterns),
      z.string().regex(customPatternCodePattern, { message: 'PARTNERSHIP_PATTERN_UNKNOWN' }),
    ])
    .optional(),
};
