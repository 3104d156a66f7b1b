import type { PartnerRelevance } from '../../../shared/contracts/needs';
import { scoreRelevance } from '../../../shared/domain/relevance-score';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { countByNeed, toNeed, toNeedDecision } from './need-mappers';
import { listCurrentDecisions, listOpenNeedsForItems } from './needs.repository';
import { readInstitutionPlace, readRelevanceFacts } from './read-relevance-facts';
import { listPartnerOffers } from './relevance.repository';

/** The open needs this partner's offers could meet, best fit first. */
export async function rankNeedsForPartner(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
): Promise<PartnerRelevance> {
  const institutionId = principal.institutionId;
  const [facts] = await readRelevanceFacts(deps.db, institutionId, { partnerId }, deps.clock.now());
  if (!facts) throw new AppError('PARTNER_NOT_FOUND');
  const offers = await listPartnerOffers(deps.db, institutionId, partnerId);
  const needs = await listOpenNeedsForItems(deps.db, institutionId, offers);
  const institution = await readInstitutionPlace(deps.db, institutionId);
  const needIds = needs.map((row) => row.id);
  const current = await listCurrentDecisions(deps.db, institutionId, { needIds });
  const counts = countByNeed(current);
  const mine = new Map(
    current.filter((row) => row.partner_id === partnerId).map((row) => [row.need_id, row]),
  );
  const items: PartnerRelevance['items'] = [];
  for (const row of needs) {
    const need = toNeed(row, counts.get(row.id));
    const scored = scoreRelevance(need, { ...facts.partner, offers }, institution);
    if (!scored) continue;
    const decision = mine.get(row.id);
    items.push({ need, ...scored, decision: decision ? toNeedDecision(decision) : null });
  }
  items.sort((a, b) => b.score - a.score || a.need.title.localeCompare(b.need.title, 'id'));
  return { items };
}
