import { z } from 'zod';

/** Server settings the web app needs to draw itself; nothing secret. */
export const clientConfigSchema = z.object({
  mapTiles: z.object({
    /** A Leaflet tile URL template; null: no base map, the markers sit on a plain background. */
    url: z.string().nullable(),
    /** HTML shown in the map corner, as the tile provider requires. */
    attribution: z.string(),
  }),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
