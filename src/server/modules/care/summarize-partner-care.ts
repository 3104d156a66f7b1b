import { healthBands, type HealthBand } from '../../../shared/domain/health-score';
import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import { findInstitutionTimeZone } from '../institutions/index';
import { assessPartner } from './assess-partner';
import { neglectReasons } from './list-neglected-partners';
import { loadPartnerCareFacts } from './load-partner-care-facts';

export interface PartnerCareSummary {
  byHealth: Record<HealthBand, number>;
  neglected: number;
}

/**
 * How many of the institution's partners are in each health band and how many are neglected, for
 * the dashboard: the same assessment as the `health` filter and the neglected list, read once.
 */
export async function summarizePartnerCare(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
): Promise<PartnerCareSummary> {
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  const now = deps.clock.now();
  const today = localDateOf(now, zone);
  const facts = await loadPartnerCareFacts(deps, { institutionId });
  const byHealth = Object.fromEntries(healthBands.map((band) => [band, 0])) as Record<HealthBand, number>;
  let neglected = 0;
  for (const f of facts) {
    const assessment = assessPartner(f, zone, now, today);
    byHealth[assessment.health.band] += 1;
    if (neglectReasons(f, assessment).length > 0) neglected += 1;
  }
  return { byHealth, neglected };
}
