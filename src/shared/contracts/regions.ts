import { z } from 'zod';
import { regionCodePattern, regionLevels } from '../domain/region-code';

export const regionCodeSchema = z.string().regex(regionCodePattern, { message: 'REGION_CODE_FORMAT' });

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(regionLevels),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof regionSchema>;

/** No `parent`: the provinces. Otherwise the children of that region, one level down. */
export const listRegionsQuerySchema = z.strictObject({ parent: regionCodeSchema.optional() });
export type ListRegionsQuery = z.infer<typeof listRegionsQuerySchema>;

export const regionListSchema = z.object({ items: z.array(regionSchema) });
export type RegionList = z.infer<typeof regionListSchema>;

export const regionParamsSchema = z.strictObject({ code: regionCodeSchema });

/** One region and its ancestors, province first (the region itself is not in `path`). */
export const regionWithPathSchema = z.object({ region: regionSchema, path: z.array(regionSchema) });
export type RegionWithPath = z.infer<typeof regionWithPathSchema>;
