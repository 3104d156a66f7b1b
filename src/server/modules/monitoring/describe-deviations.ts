import type { DeviationView } from '../../../shared/contracts/monitoring';
import { findDeviations } from '../../../shared/domain/deviation-rules';
import { toDeviationActivity, toDeviationView, toPlanItem } from './monitoring-mappers';
import type { ActivityFactRow, PlanItemRow } from './monitoring.repository';

/** One partnership's deviations on the institution's day, each with the names it speaks of. */
export function describeDeviations(
  today: string,
  itemRows: PlanItemRow[],
  activityRows: ActivityFactRow[],
): DeviationView[] {
  const items = itemRows.map(toPlanItem);
  const activities = activityRows.map(toDeviationActivity);
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const activitiesById = new Map(activities.map((activity) => [activity.id, activity]));
  return findDeviations({ today, items, activities }).map((deviation) =>
    toDeviationView(deviation, itemsById, activitiesById),
  );
}
