import type { NeglectedList, NeglectReason } from '../../../shared/contracts/care';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { findInstitutionTimeZone } from '../institutions/index';
import { localDateOf } from '../../../shared/domain/local-date';
import { assessPartner, type PartnerAssessment } from './assess-partner';
import { loadPartnerCareFacts, type PartnerCareFacts } from './load-partner-care-facts';

/** Why a partner counts as neglected; none when it is looked after (the dashboard counts the same way). */
export function neglectReasons(facts: PartnerCareFacts, assessment: PartnerAssessment): NeglectReason[] {
  const { cadence, next, health } = assessment;
  const reasons: NeglectReason[] = [];
  if (facts.lastContactAt && next.daysSince > 2 * cadence.days) reasons.push('no_contact_twice_cadence');
  if (!facts.lastContactAt && next.daysSince > cadence.days) reasons.push('never_contacted');
  if (health.band === 'critical') reasons.push('health_critical');
  return reasons;
}

/**
 * Partners nobody is looking after (technique 1): no contact for more than twice their cadence,
 * never contacted a cadence after being mapped, or a critical health score. Longest silence first.
 */
export async function listNeglectedPartners(deps: AppDeps, principal: Principal): Promise<NeglectedList> {
  const institutionId = principal.institutionId;
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  const now = deps.clock.now();
  const today = localDateOf(now, zone);
  const facts = await loadPartnerCareFacts(deps, { institutionId });
  const items = facts.flatMap((f) => {
    const assessment = assessPartner(f, zone, now, today);
    const { cadence, next, health } = assessment;
    const reasons = neglectReasons(f, assessment);
    if (reasons.length === 0) return [];
    return [
      {
        partnerId: f.partner.id,
        partnerName: f.partner.name,
        facilitatorUserId: f.partner.facilitator_user_id,
        reasons,
        cadenceDays: cadence.days,
        lastContactOn: next.lastContactOn,
        daysSince: next.daysSince,
        healthScore: health.score,
        healthBand: health.band,
      },
    ];
  });
  items.sort((a, b) => b.daysSince - a.daysSince || a.healthScore - b.healthScore);
  return { today, items };
}
