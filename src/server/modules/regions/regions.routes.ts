import {
  listRegionsQuerySchema,
  regionListSchema,
  regionParamsSchema,
  regionWithPathSchema,
} from '../../../shared/contracts/regions';
import { defineRoute } from '../../platform/http/route-definition';
import { getRegionPath } from './get-region-path';
import { listRegions } from './list-regions';

const tag = 'Regions';

/** Reference data: every signed-in role reads it; it is the same for every institution. */
export const regionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/regions',
    summary: 'Kemendagri regions one level at a time: provinces, or the children of `parent`',
    tag,
    access: { kind: 'authenticated', permission: null },
    query: listRegionsQuerySchema,
    response: regionListSchema,
    handler: ({ deps, query }) => listRegions(deps.db, query.parent),
  }),
  defineRoute({
    method: 'GET',
    path: '/regions/:code',
    summary: 'One region with its ancestors (province first)',
    tag,
    access: { kind: 'authenticated', permission: null },
    params: regionParamsSchema,
    response: regionWithPathSchema,
    handler: ({ deps, params }) => getRegionPath(deps.db, params.code),
  }),
];
