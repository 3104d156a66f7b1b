/** A plan item as the report needs it. */
export interface PlannedItem {
  id: string;
  activity: string;
  startsOn: string;
  endsOn: string;
  targetQuantity: number;
  targetUnit: string;
  budgetRupiah: number;
  institutionContributionRupiah: number;
  partnerContributionRupiah: number;
}

export interface RecordedActivity {
  workPlanItemId: string | null;
  status: string;
  startedOn: string | null;
  endedOn: string | null;
  actualQuantity: number | null;
  institutionSpentRupiah: number;
  partnerSpentRupiah: number;
}

export interface ItemActuals {
  item: PlannedItem;
  /** Null when nothing countable was recorded (not zero: "not measured" is not "none reached"). */
  actualQuantity: number | null;
  actualStartedOn: string | null;
  actualEndedOn: string | null;
  institutionSpentRupiah: number;
  partnerSpentRupiah: number;
  activityCount: number;
}

/** 0.1 + 0.2 prints as 0,3, not 0,30000000000000004. */
function exact(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function earliest(values: (string | null)[]): string | null {
  const present = values.filter((value): value is string => value !== null).sort();
  return present[0] ?? null;
}

function latest(values: (string | null)[]): string | null {
  const present = values.filter((value): value is string => value !== null).sort();
  return present.at(-1) ?? null;
}

/**
 * What was done against each plan item: the actual values and spending of its activities summed, the
 * first start and the last end. Cancelled activities did not happen and count for nothing.
 */
export function planVsActual(items: PlannedItem[], activities: RecordedActivity[]): ItemActuals[] {
  return items.map((item) => {
    const mine = activities.filter(
      (activity) => activity.workPlanItemId === item.id && activity.status !== 'cancelled',
    );
    const measured = mine.filter((activity) => activity.actualQuantity !== null);
    return {
      item,
      actualQuantity: measured.length
        ? exact(measured.reduce((sum, activity) => sum + (activity.actualQuantity ?? 0), 0))
        : null,
      actualStartedOn: earliest(mine.map((activity) => activity.startedOn)),
      actualEndedOn: latest(mine.map((activity) => activity.endedOn)),
      institutionSpentRupiah: mine.reduce((sum, activity) => sum + activity.institutionSpentRupiah, 0),
      partnerSpentRupiah: mine.reduce((sum, activity) => sum + activity.partnerSpentRupiah, 0),
      activityCount: mine.length,
    };
  });
}
