import type { DeviationSeverity } from './monitoring-vocabulary';

/**
 * A partner's relationship health, 0–100, from five components each worth a fixed share (the
 * guide's technique 1: no partner goes unattended). Every component reports its points and a
 * reason code the UI turns into a sentence, so a manager sees why. Weights and thresholds:
 * docs/domain/health-and-cadence.md.
 */

export const healthComponents = ['contact', 'feedback', 'problems', 'agreement', 'delivery'] as const;
export type HealthComponent = (typeof healthComponents)[number];

export const healthComponentMax: Record<HealthComponent, number> = {
  contact: 30,
  feedback: 20,
  problems: 15,
  agreement: 15,
  delivery: 20,
};

export const healthReasons = [
  'contact_on_time',
  'contact_due_soon_late',
  'contact_late',
  'contact_neglected',
  'contact_new_partner',
  'contact_never',
  'feedback_none',
  'feedback_good',
  'feedback_fair',
  'feedback_poor',
  'problems_none',
  'problems_open',
  'problems_many',
  'problems_overdue',
  'agreement_active',
  'agreement_expiring',
  'agreement_expired',
  'agreement_none',
  'delivery_none',
  'delivery_on_plan',
  'delivery_minor_deviations',
  'delivery_deviations',
  'delivery_serious_deviations',
] as const;
export type HealthReason = (typeof healthReasons)[number];

export const healthBands = ['healthy', 'attention', 'critical'] as const;
export type HealthBand = (typeof healthBands)[number];

/** sehat ≥ 70, perlu perhatian 40–69, kritis < 40. */
export function healthBandOf(score: number): HealthBand {
  if (score >= 70) return 'healthy';
  if (score >= 40) return 'attention';
  return 'critical';
}

export interface HealthFacts {
  contact: {
    cadenceDays: number;
    /** Days since the last contact; null: never contacted. */
    daysSinceContact: number | null;
    /** Days since the partner was mapped (used when never contacted). */
    daysSinceMapped: number;
  };
  /** Answered satisfaction scores (1–5) of the last 12 months. */
  satisfactionScores: number[];
  problems: { open: number; overdue: number };
  agreement: { status: 'active' | 'expiring' | 'expired' | 'none'; endsOn: string | null };
  /** null: no partnership is being carried out; otherwise the severities of its deviations. */
  deliveryDeviations: DeviationSeverity[] | null;
}

export interface HealthComponentScore {
  component: HealthComponent;
  points: number;
  max: number;
  reason: HealthReason;
  /** Numbers the sentence quotes (days, cadence, average, count, date). */
  values: Record<string, number | string | null>;
}

export interface HealthScore {
  score: number;
  band: HealthBand;
  components: HealthComponentScore[];
}

function part(
  component: HealthComponent,
  points: number,
  reason: HealthReason,
  values: HealthComponentScore['values'] = {},
): HealthComponentScore {
  return { component, points, max: healthComponentMax[component], reason, values };
}

/** Within the cadence full marks; up to 1.5× two thirds; up to 2× one third; beyond: none. */
export function scoreContact(facts: HealthFacts['contact']): HealthComponentScore {
  const { cadenceDays, daysSinceContact, daysSinceMapped } = facts;
  if (daysSinceContact === null) {
    return daysSinceMapped <= cadenceDays
      ? part('contact', 20, 'contact_new_partner', { cadenceDays, days: daysSinceMapped })
      : part('contact', 0, 'contact_never', { cadenceDays, days: daysSinceMapped });
  }
  const values = { cadenceDays, days: daysSinceContact };
  if (daysSinceContact <= cadenceDays) return part('contact', 30, 'contact_on_time', values);
  if (daysSinceContact <= cadenceDays * 1.5) return part('contact', 20, 'contact_due_soon_late', values);
  if (daysSinceContact <= cadenceDays * 2) return part('contact', 10, 'contact_late', values);
  return part('contact', 0, 'contact_neglected', values);
}

/** The average answered satisfaction, scaled linearly from 1 (0 points) to 5 (20); none is neutral. */
export function scoreFeedback(scores: number[]): HealthComponentScore {
  if (scores.length === 0) return part('feedback', 10, 'feedback_none', { count: 0 });
  const average = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const points = Math.round(((average - 1) / 4) * healthComponentMax.feedback);
  const values = { count: scores.length, average: Math.round(average * 10) / 10 };
  if (average >= 4) return part('feedback', points, 'feedback_good', values);
  if (average >= 3) return part('feedback', points, 'feedback_fair', values);
  return part('feedback', points, 'feedback_poor', values);
}

/** No open problem full marks; one or two about half; more, or any past its due date, none. */
export function scoreProblems(problems: HealthFacts['problems']): HealthComponentScore {
  const values = { count: problems.open, overdue: problems.overdue };
  if (problems.overdue > 0) return part('problems', 0, 'problems_overdue', values);
  if (problems.open === 0) return part('problems', 15, 'problems_none', values);
  if (problems.open <= 2) return part('problems', 8, 'problems_open', values);
  return part('problems', 0, 'problems_many', values);
}

/** No agreement is normal for a prospect, so it is neutral rather than bad. */
export function scoreAgreement(agreement: HealthFacts['agreement']): HealthComponentScore {
  const values = { date: agreement.endsOn };
  switch (agreement.status) {
    case 'active':
      return part('agreement', 15, 'agreement_active', values);
    case 'expiring':
      return part('agreement', 8, 'agreement_expiring', values);
    case 'expired':
      return part('agreement', 0, 'agreement_expired', values);
    case 'none':
      return part('agreement', 8, 'agreement_none', values);
  }
}

/** The worst deviation decides; nothing being carried out is neutral. */
export function scoreDelivery(deviations: DeviationSeverity[] | null): HealthComponentScore {
  if (deviations === null) return part('delivery', 10, 'delivery_none');
  const values = { count: deviations.length };
  if (deviations.includes('high')) return part('delivery', 0, 'delivery_serious_deviations', values);
  if (deviations.includes('medium')) return part('delivery', 8, 'delivery_deviations', values);
  if (deviations.length > 0) return part('delivery', 14, 'delivery_minor_deviations', values);
  return part('delivery', 20, 'delivery_on_plan', values);
}

export function scoreHealth(facts: HealthFacts): HealthScore {
  const components = [
    scoreContact(facts.contact),
    scoreFeedback(facts.satisfactionScores),
    scoreProblems(facts.problems),
    scoreAgreement(facts.agreement),
    scoreDelivery(facts.deliveryDeviations),
  ];
  const score = components.reduce((sum, c) => sum + c.points, 0);
  return { score, band: healthBandOf(score), components };
}

/** Days before its end an active agreement counts as expiring for health and the agenda. */
export const agreementExpiringWithinDays = 60;

/** An agreement's standing on `today` for the health score (its latest active one, else its last). */
export function agreementStanding(
  activeEndsOn: string[],
  today: string,
): { status: 'active' | 'expiring' | 'expired' | 'none'; endsOn: string | null } {
  if (activeEndsOn.length === 0) return { status: 'none', endsOn: null };
  const latest = [...activeEndsOn].sort().at(-1)!;
  if (latest < today) return { status: 'expired', endsOn: latest };
  const days = Math.round(
    (Date.parse(`${latest}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return { status: days <= agreementExpiringWithinDays ? 'expiring' : 'active', endsOn: latest };
}
