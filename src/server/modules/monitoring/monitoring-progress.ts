import type { MonitoringProgress } from '../../../shared/contracts/monitoring';
import { toDeviationActivity, toPlanItem } from './monitoring-mappers';
import type { ActivityFactRow, PlanItemRow } from './monitoring.repository';

type ItemState = MonitoringProgress['items'][number]['state'];

/** Where each plan item stands by its activities, and the target against what was achieved. */
export function monitoringProgress(
  itemRows: PlanItemRow[],
  activityRows: ActivityFactRow[],
): MonitoringProgress {
  const activities = activityRows.map(toDeviationActivity);
  const items = itemRows.map(toPlanItem).map((item) => {
    const own = activities.filter((a) => a.workPlanItemId === item.id);
    const live = own.filter((a) => a.status !== 'cancelled');
    const state: ItemState =
      own.length > 0 && live.length === 0
        ? 'cancelled'
        : live.some((a) => a.status === 'done')
          ? 'done'
          : live.some((a) => a.status === 'in_progress')
            ? 'in_progress'
            : 'not_started';
    return {
      itemId: item.id,
      activity: item.activity,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      unit: item.targetUnit,
      target: item.targetQuantity,
      actual: live.reduce((sum, a) => sum + (a.actualQuantity ?? 0), 0),
      state,
    };
  });
  const count = (state: ItemState) => items.filter((item) => item.state === state).length;
  return {
    items,
    counts: {
      items: items.length,
      done: count('done'),
      inProgress: count('in_progress'),
      notStarted: count('not_started'),
      cancelled: count('cancelled'),
    },
    targetTotal: items.reduce((sum, item) => sum + item.target, 0),
    actualTotal: items.reduce((sum, item) => sum + item.actual, 0),
    unplannedActivities: activities.filter((a) => a.workPlanItemId === null).length,
  };
}
