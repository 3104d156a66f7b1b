import { z } from 'zod';
import { idSchema } from './common';

export const partnershipEvidencePackParamsSchema = z.strictObject({ partnershipId: idSchema });

/** Every partnership of one programme, compared without regard to case as the list filter does. */
export const programmeEvidencePackQuerySchema = z.strictObject({
  programme: z.string().trim().min(1).max(120),
});
