import type { OutcomeKind } from '../../../shared/domain/activity-vocabulary';

export type CountedOutcome = Exclude<OutcomeKind, 'other'>;

export const countedOutcomes: readonly CountedOutcome[] = [
  'learners_trained',
  'graduates_hired',
  'graduates_in_business',
  'internship_places',
  'guest_instructor_hours',
];

export type OutcomeFigures = Record<CountedOutcome, number>;

/**
 * What the partnership delivered, summed from its activities' actual values by what they count
 * toward. Cancelled activities did not happen; an activity without a value counts nothing.
 */
export function sumOutcomes(
  activities: { status: string; outcome_kind: string | null; actual_quantity: number | null }[],
): OutcomeFigures {
  const figures = Object.fromEntries(countedOutcomes.map((kind) => [kind, 0])) as OutcomeFigures;
  for (const activity of activities) {
    if (activity.status === 'cancelled' || activity.actual_quantity === null) continue;
    const kind = activity.outcome_kind as CountedOutcome | null;
    if (kind && kind in figures)
      figures[kind] = Math.round((figures[kind] + activity.actual_quantity) * 1e6) / 1e6;
  }
  return figures;
}

export function addOutcomes(a: OutcomeFigures, b: OutcomeFigures): OutcomeFigures {
  return Object.fromEntries(
    countedOutcomes.map((kind) => [kind, Math.round((a[kind] + b[kind]) * 1e6) / 1e6]),
  ) as OutcomeFigures;
}
