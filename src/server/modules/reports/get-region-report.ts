import type { z } from 'zod';
import {
  dashboardOutcomeKinds,
  type InstitutionRollup,
  type RegionReport,
  type regionReportQuerySchema,
} from '../../../shared/contracts/reports';
import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { findInstitutionTimeZone } from '../institutions/index';
import { readInstitutionRollups } from './read-institution-rollups';
import { listInstitutionsWithinRegion } from './region-report.repository';
import { resolvePeriod } from './resolve-period';
import { resolveSupervisedRegion } from './resolve-supervised-region';

/** The office hosting a supervisor's account is not one of the institutions it supervises. */
export function regionReportExclusion(principal: Principal): string | null {
  return principal.role === 'supervisor' ? principal.institutionId : null;
}

/**
 * The district roll-up (docs/domain/dashboard.md): each institution of the region with its stored
 * figures, and their totals. Stored figures only: the refresher keeps them current, so a region of
 * many institutions never recomputes inside one request.
 */
export async function getRegionReport(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof regionReportQuerySchema>,
): Promise<RegionReport> {
  const region = await resolveSupervisedRegion(deps.db, principal, query.code);
  const zone = await findInstitutionTimeZone(deps.db, principal.institutionId);
  const period = resolvePeriod(query, localDateOf(deps.clock.now(), zone));
  const rows = await listInstitutionsWithinRegion(deps.db, region.code, regionReportExclusion(principal));
  const rollups = await readInstitutionRollups(
    deps.db,
    rows.map((row) => row.id),
    period,
  );
  const institutions: InstitutionRollup[] = rows.map((row) => {
    const figures = rollups.get(row.id);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      regionCode: row.region_code,
      regionName: row.region_name,
      partners: figures?.partners ?? 0,
      activeAgreements: figures?.activeAgreements ?? 0,
      expiringAgreements: figures?.expiringAgreements ?? 0,
      neglectedPartners: figures?.neglectedPartners ?? 0,
      outcomes: dashboardOutcomeKinds.map((kind) => ({
        kind,
        total: figures?.outcomes.find((outcome) => outcome.kind === kind)?.total ?? 0,
      })),
      computedAt: figures?.computedAt ?? null,
    };
  });
  const sum = (pick: (institution: InstitutionRollup) => number) =>
    institutions.reduce((total, institution) => total + pick(institution), 0);
  return {
    region,
    period,
    institutions,
    totals: {
      institutions: institutions.length,
      partners: sum((institution) => institution.partners),
      activeAgreements: sum((institution) => institution.activeAgreements),
      expiringAgreements: sum((institution) => institution.expiringAgreements),
      neglectedPartners: sum((institution) => institution.neglectedPartners),
      outcomes: dashboardOutcomeKinds.map((kind) => ({
        kind,
        total: sum(
          (institution) => institution.outcomes.find((outcome) => outcome.kind === kind)?.total ?? 0,
        ),
      })),
    },
  };
}
