import type { RelevanceCandidate, RelevanceRanking } from '../../../shared/contracts/needs';
import {
  compareRanked,
  factorPoints,
  scoreRelevance,
  type RelevanceNeed,
} from '../../../shared/domain/relevance-score';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { getNeed } from './get-need';
import { toNeedDecision } from './need-mappers';
import { listCurrentDecisions } from './needs.repository';
import { readInstitutionPlace, readRelevanceFacts } from './read-relevance-facts';

/** More than a person can weigh on one screen; the rest are counted in `total`. */
export const rankingCap = 200;

/** Partners offering the need's item, found in SQL, scored here, best first. */
export async function rankPartnersForNeed(
  deps: AppDeps,
  principal: Principal,
  needId: string,
): Promise<RelevanceRanking> {
  const institutionId = principal.institutionId;
  const need = await getNeed(deps.db, institutionId, needId);
  const [facts, institution, decisions] = await Promise.all([
    readRelevanceFacts(deps.db, institutionId, { item: need.item }, deps.clock.now()),
    readInstitutionPlace(deps.db, institutionId),
    listCurrentDecisions(deps.db, institutionId, { needIds: [needId] }),
  ]);
  const decisionByPartner = new Map(decisions.map((row) => [row.partner_id, toNeedDecision(row)]));
  const scoredNeed: RelevanceNeed = { item: need.item, priority: need.priority, quantity: need.quantity };
  const candidates: RelevanceCandidate[] = [];
  for (const fact of facts) {
    const scored = scoreRelevance(scoredNeed, { ...fact.partner, offers: [need.item] }, institution);
    if (!scored) continue;
    candidates.push({
      partnerId: fact.id,
      partnerName: fact.name,
      score: scored.score,
      reasons: scored.reasons,
      openPartnershipId: fact.openPartnershipId,
      decision: decisionByPartner.get(fact.id) ?? null,
    });
  }
  candidates.sort((a, b) => compareRanked({ ...a, name: a.partnerName }, { ...b, name: b.partnerName }));
  return {
    need,
    items: candidates.slice(0, rankingCap),
    total: candidates.length,
    cap: rankingCap,
    capped: candidates.length > rankingCap,
    maxPoints: { ...factorPoints },
  };
}
