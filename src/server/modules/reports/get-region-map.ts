import type { RegionMap } from '../../../shared/contracts/reports';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { regionReportExclusion } from './get-region-report';
import { listInstitutionsWithinRegion, listPartnerPointsOfInstitutions } from './region-report.repository';
import { resolveSupervisedRegion } from './resolve-supervised-region';

/** Partner points on one district map; beyond it the browser would struggle (docs/domain/dashboard.md). */
export const regionMapPartnerCap = 5_000;

/** The region's institutions that have a point, and their located partners (capped). */
export async function getRegionMap(deps: AppDeps, principal: Principal, code: string): Promise<RegionMap> {
  const region = await resolveSupervisedRegion(deps.db, principal, code);
  const rows = await listInstitutionsWithinRegion(deps.db, region.code, regionReportExclusion(principal));
  const located = rows.flatMap((row) =>
    row.latitude === null || row.longitude === null
      ? []
      : [{ id: row.id, name: row.name, latitude: Number(row.latitude), longitude: Number(row.longitude) }],
  );
  const partners = await listPartnerPointsOfInstitutions(
    deps.db,
    located.map((institution) => institution.id),
    regionMapPartnerCap,
  );
  return {
    institutions: located,
    partners: partners.slice(0, regionMapPartnerCap).map((row) => ({
      id: row.id,
      institutionId: row.institution_id,
      name: row.name,
      category: row.category,
      lat: Number(row.lat),
      lng: Number(row.lng),
    })),
    truncated: partners.length > regionMapPartnerCap,
  };
}
