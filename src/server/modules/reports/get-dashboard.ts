import { dashboardOutcomeKinds, type Dashboard } from '../../../shared/contracts/reports';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { healthBands } from '../../../shared/domain/health-score';
import { localDateOf } from '../../../shared/domain/local-date';
import { stepStages } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { refreshRollupIfStale } from './refresh-rollups';
import { resolvePeriod } from './resolve-period';
import { rollupFigures as f } from './rollup-figures';
import { findInstitutionName, listInstitutionFigures, listRegionNames } from './rollups.repository';

type FigureRow = Awaited<ReturnType<typeof listInstitutionFigures>>[number];

/** Sums of each figure's dimensions over the rows (months of the period fold together). */
function sumsOf(rows: FigureRow[]): Map<string, Map<string, number>> {
  const sums = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const byDimension = sums.get(row.figure) ?? new Map<string, number>();
    byDimension.set(row.dimension, (byDimension.get(row.dimension) ?? 0) + Number(row.value));
    sums.set(row.figure, byDimension);
  }
  return sums;
}

const bySlice = (values: Map<string, number> | undefined) =>
  [...(values ?? new Map<string, number>())]
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, count]) => ({ key, count }));

function funnelOf(sums: Map<string, Map<string, number>>): Dashboard['funnel'] {
  const reached = sums.get(f.funnelReached);
  const stayDays = sums.get(f.stageStayDays);
  const stays = sums.get(f.stageStays);
  return stepStages.map((stage, i) => {
    const count = reached?.get(stage) ?? 0;
    const previous = i === 0 ? 0 : (reached?.get(stepStages[i - 1]!) ?? 0);
    const stayCount = stays?.get(stage) ?? 0;
    return {
      stage,
      reached: count,
      conversion: i === 0 || previous === 0 ? null : count / previous,
      averageDaysInStage:
        stayCount === 0 ? null : Math.round((10 * (stayDays?.get(stage) ?? 0)) / stayCount) / 10,
    };
  });
}

function feedbackOf(sums: Map<string, Map<string, number>>): Dashboard['feedback'] {
  const satisfaction = sums.get(f.feedbackBySatisfaction) ?? new Map<string, number>();
  const recommend = sums.get(f.feedbackByRecommend) ?? new Map<string, number>();
  let scored = 0;
  let scoreSum = 0;
  for (const [score, n] of satisfaction) {
    scored += n;
    scoreSum += Number(score) * n;
  }
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [value, n] of recommend) {
    const r = Number(value);
    if (r >= 9) promoters += n;
    else if (r >= 7) passives += n;
    else detractors += n;
  }
  const recommended = promoters + passives + detractors;
  return {
    answered: sums.get(f.feedbackAnswered)?.get('') ?? 0,
    bySatisfaction: [1, 2, 3, 4, 5].map((score) => ({ score, count: satisfaction.get(String(score)) ?? 0 })),
    averageSatisfaction: scored === 0 ? null : Math.round((100 * scoreSum) / scored) / 100,
    promoters,
    passives,
    detractors,
    nps: recommended === 0 ? null : Math.round((100 * (promoters - detractors)) / recommended),
  };
}

/**
 * The principal's institution's dashboard for a period of local months. A stale roll-up is
 * recomputed first, so a manager sees a change at once (docs/domain/dashboard.md, freshness).
 */
export async function getDashboard(
  deps: AppDeps,
  principal: Principal,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<Dashboard> {
  const institutionId = principal.institutionId;
  const institution = await findInstitutionName(deps.db, institutionId);
  if (!institution) throw new AppError('INSTITUTION_NOT_FOUND');
  const zone = institution.time_zone as TimeZoneCode;
  const state = await refreshRollupIfStale(deps, institutionId, zone);
  const period = resolvePeriod(query, localDateOf(deps.clock.now(), zone));
  const rows = await listInstitutionFigures(deps.db, institutionId, period.from, period.to);
  const sums = sumsOf(rows);
  const regions = [...(sums.get(f.partnersByRegion) ?? new Map<string, number>())].filter(([, n]) => n > 0);
  const names = new Map(
    (
      await listRegionNames(
        deps.db,
        regions.map(([code]) => code),
      )
    ).map((r) => [r.code, r.name]),
  );
  const agreements = sums.get(f.agreementsByStatus);
  const timeliness = sums.get(f.activitiesByTimeliness);
  const outcomes = sums.get(f.outcomeTotal);
  return {
    institution: { id: institution.id, name: institution.name },
    period,
    computedAt: state.computedAt,
    partners: {
      total: sums.get(f.partnersTotal)?.get('') ?? 0,
      byCategory: bySlice(sums.get(f.partnersByCategory)),
      byStage: bySlice(sums.get(f.partnersByStage)),
      byPattern: bySlice(sums.get(f.partnersByPattern)),
      byRegion: regions
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .map(([code, count]) => ({ code, name: names.get(code) ?? null, count })),
      byHealth: healthBands.map((key) => ({ key, count: sums.get(f.partnersByHealth)?.get(key) ?? 0 })),
      neglected: sums.get(f.partnersNeglected)?.get('') ?? 0,
    },
    funnel: funnelOf(sums),
    agreements: {
      active: agreements?.get('active') ?? 0,
      expiring: agreements?.get('expiring') ?? 0,
      expired: agreements?.get('expired') ?? 0,
    },
    activities: {
      onTime: timeliness?.get('on_time') ?? 0,
      late: timeliness?.get('late') ?? 0,
      overdue: timeliness?.get('overdue') ?? 0,
      unplanned: timeliness?.get('unplanned') ?? 0,
    },
    outcomes: dashboardOutcomeKinds.map((kind) => ({ kind, total: outcomes?.get(kind) ?? 0 })),
    feedback: feedbackOf(sums),
  };
}
