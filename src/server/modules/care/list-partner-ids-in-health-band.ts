import type { HealthBand } from '../../../shared/domain/health-score';
import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import { findInstitutionTimeZone } from '../institutions/index';
import { assessPartner } from './assess-partner';
import { loadPartnerCareFacts } from './load-partner-care-facts';

/**
 * The institution's partners whose health is in the band, for the registry's `health` filter. The
 * score is computed on read from facts of several modules, so it cannot be a column to filter on;
 * this reads the whole institution once (a fixed number of queries) and hands back ids.
 */
export async function listPartnerIdsInHealthBand(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  band: HealthBand,
): Promise<string[]> {
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  const now = deps.clock.now();
  const today = localDateOf(now, zone);
  const facts = await loadPartnerCareFacts(deps, { institutionId });
  return facts
    .filter((f) => assessPartner(f, zone, now, today).health.band === band)
    .map((f) => f.partner.id);
}
