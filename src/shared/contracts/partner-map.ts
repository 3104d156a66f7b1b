import { z } from 'zod';
import { idSchema } from './common';
import { listPartnersQuerySchema } from './partners';

/** The registry's filters, without paging: the map shows the whole filtered set at once. */
export const partnerMapQuerySchema = listPartnersQuerySchema.omit({ limit: true, cursor: true });
export type PartnerMapQuery = z.input<typeof partnerMapQuerySchema>;

export const partnerMapPointSchema = z.object({
  id: idSchema,
  name: z.string(),
  category: z.string(),
  lat: z.number(),
  lng: z.number(),
  /** The partnership stage (step 4); null while the partner has none. */
  stage: z.string().nullable(),
});
export type PartnerMapPoint = z.infer<typeof partnerMapPointSchema>;

export const partnerMapSchema = z.object({
  points: z.array(partnerMapPointSchema),
  /** More partners with a location match than one answer carries; narrow the filters to see them all. */
  capped: z.boolean(),
});
export type PartnerMap = z.infer<typeof partnerMapSchema>;
