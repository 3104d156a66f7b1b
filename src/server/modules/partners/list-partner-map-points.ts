import type { z } from 'zod';
import type { PartnerMap, partnerMapQuerySchema } from '../../../shared/contracts/partner-map';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { listPartnerIdsInHealthBand } from '../care/index';
import { toPartnerFilter } from './partner-page-details';
import { loadPartnerStages } from './partner-stages';
import { listPartnerMapRows } from './partners.repository';

/** Enough points for any one institution's registry; beyond it the browser would struggle anyway. */
export const mapPointCap = 5_000;

/** The located partners of the list's filtered set, as map points, in two queries. */
export async function listPartnerMapPoints(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof partnerMapQuerySchema>,
): Promise<PartnerMap> {
  const filter = toPartnerFilter(query, principal.institutionId);
  if (query.health)
    filter.partnerIds = await listPartnerIdsInHealthBand(deps, principal.institutionId, query.health);
  // The institution's partnerships are few next to its partners: one query for all their stages.
  const [rows, stages] = await Promise.all([
    listPartnerMapRows(deps.db, deps.dialect, filter, mapPointCap),
    loadPartnerStages(deps.db, principal.institutionId, null),
  ]);
  return {
    points: rows.slice(0, mapPointCap).map((row) => ({
      id: row.id,
      name: row.name,
      category: row.category,
      lat: Number(row.lat),
      lng: Number(row.lng),
      stage: stages.get(row.id) ?? null,
    })),
    capped: rows.length > mapPointCap,
  };
}
