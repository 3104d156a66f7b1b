import {
  dataEndMs,
  dayMs,
  officeHours,
  type EngagementInstitution,
  type EngagementRates,
  type EngagementRows,
  type PartnerRef,
} from './engagement-rows';
import { appendInteraction } from './interaction-rows';
import {
  appendPipelinePartnership,
  appendRunningPartnership,
  lastRunningStartMs,
  type PartnershipRef,
} from './partnership-rows';
import type { Prng } from './prng';

/** Partners kept for events with several partners and partnerships of two. */
const recentKept = 6;

/**
 * Everything that happens with one partner after it was mapped: perhaps a partnership (running,
 * with plans and activities, or still in the pipeline), and the contact log over the time since,
 * some of it about the partnership, a few entries shared with other partners (events).
 */
export function appendEngagement(
  out: EngagementRows,
  prng: Prng,
  institution: EngagementInstitution,
  partner: PartnerRef,
  rates: EngagementRates,
): void {
  institution.recent.push(partner);
  if (institution.recent.length > recentKept) institution.recent.shift();
  const roll = prng.next();
  let partnership: PartnershipRef | null = null;
  if (roll < rates.runningShare && partner.createdMs < lastRunningStartMs) {
    const startMs = Math.min(partner.createdMs + prng.int(20, 240) * dayMs, lastRunningStartMs);
    partnership = appendRunningPartnership(
      out,
      prng,
      institution,
      partner,
      officeHours(startMs, prng.next()),
    );
  } else if (roll < rates.runningShare + rates.pipelineShare && partner.createdMs < dataEndMs - 2 * dayMs) {
    const createdMs = Math.min(partner.createdMs + prng.int(1, 60) * dayMs, dataEndMs - dayMs);
    partnership = appendPipelinePartnership(
      out,
      prng,
      institution,
      partner,
      officeHours(createdMs, prng.next()),
    );
  }
  // An exponential count (rounded) around the size's mean: most partners a few contacts, some many.
  const count = Math.floor(-rates.interactionsPerPartner * Math.log(1 - prng.next()) + 0.5);
  for (let k = 0; k < count; k += 1) {
    const dayOf = partner.createdMs + prng.next() * (dataEndMs - partner.createdMs);
    const occurredMs = Math.max(
      partner.createdMs + 60_000,
      Math.min(officeHours(dayOf, prng.next()), dataEndMs),
    );
    const others = prng.chance(0.04) ? institution.recent.slice(0, -1).slice(-prng.int(1, 3)) : [];
    appendInteraction(out, prng, institution, [partner, ...others], {
      occurredMs,
      partnershipId:
        partnership && occurredMs > partnership.createdMs && prng.chance(0.6) ? partnership.id : null,
    });
  }
}
