import {
  effectiveCadence,
  nextContactDue,
  type EffectiveCadence,
  type NextContact,
} from '../../../shared/domain/contact-cadence';
import { agreementStanding, scoreHealth, type HealthScore } from '../../../shared/domain/health-score';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { PartnerCareFacts, PartnerContactFacts } from './load-partner-care-facts';

export interface ContactAssessment {
  cadence: EffectiveCadence;
  next: NextContact;
}

/** The partner's cadence and when it is next due, counted from its last contact or its mapping. */
export function assessContact(facts: PartnerContactFacts, zone: TimeZoneCode, now: Date): ContactAssessment {
  const cadence = effectiveCadence(facts.partner.category, facts.stage, facts.partner.contact_cadence_days);
  const next = nextContactDue(facts.lastContactAt, cadence.days, zone, now, facts.partner.created_at);
  return { cadence, next };
}

export interface PartnerAssessment extends ContactAssessment {
  health: HealthScore;
}

export function assessPartner(
  facts: PartnerCareFacts,
  zone: TimeZoneCode,
  now: Date,
  today: string,
): PartnerAssessment {
  const { cadence, next } = assessContact(facts, zone, now);
  const health = scoreHealth({
    contact: {
      cadenceDays: cadence.days,
      daysSinceContact: facts.lastContactAt ? next.daysSince : null,
      daysSinceMapped: facts.lastContactAt ? 0 : next.daysSince,
    },
    satisfactionScores: facts.satisfactionScores,
    problems: {
      open: facts.openProblemDueDates.length,
      overdue: facts.openProblemDueDates.filter((due) => due !== null && due < today).length,
    },
    agreement: agreementStanding(facts.activeAgreementEndsOn, today),
    deliveryDeviations: facts.deliveryDeviations,
  });
  return { cadence, next, health };
}
