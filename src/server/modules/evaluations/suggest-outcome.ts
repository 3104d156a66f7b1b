import type { EvaluationOutcome } from '../../../shared/domain/evaluation-vocabulary';

export interface ItemActivity {
  status: string;
  actualQuantity: number | null;
}

/** A first judgement from what was recorded; the people evaluating change it where they know better. */
export function suggestOutcome(activities: readonly ItemActivity[]): EvaluationOutcome {
  if (activities.some((activity) => activity.status === 'done')) return 'as_planned';
  if (activities.some((activity) => activity.status === 'in_progress')) return 'partly';
  return 'not_done';
}

/** Cancelled activities delivered nothing; an item with no figure recorded has no actual value. */
export function actualOfActivities(activities: readonly ItemActivity[]) {
  const counted = activities.filter((activity) => activity.status !== 'cancelled');
  const figures = counted.flatMap((activity) =>
    activity.actualQuantity === null ? [] : [activity.actualQuantity],
  );
  return {
    quantity: figures.length === 0 ? null : figures.reduce((sum, value) => sum + value, 0),
    activityCount: counted.length,
    doneCount: counted.filter((activity) => activity.status === 'done').length,
    inProgressCount: counted.filter((activity) => activity.status === 'in_progress').length,
  };
}
