import { clientConfigSchema } from '../../shared/contracts/client-config';
import { defineRoute } from '../platform/http/route-definition';

export const clientConfigRoutes = [
  defineRoute({
    method: 'GET',
    path: '/client-config',
    summary: 'Server settings the web app draws with: the map tile server (MAP_TILE_URL) and its attribution',
    tag: 'System',
    // Signed-in only: a tile URL may carry the provider's key.
    access: { kind: 'authenticated', permission: null },
    response: clientConfigSchema,
    handler: ({ deps }) => Promise.resolve({ mapTiles: deps.config.mapTiles }),
  }),
];
