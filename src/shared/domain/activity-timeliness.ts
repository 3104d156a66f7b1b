/** How an activity kept to its plan, as the dashboard counts it (docs/domain/dashboard.md). */
export const activityTimelinessValues = ['on_time', 'late', 'overdue', 'unplanned'] as const;
export type ActivityTimeliness = (typeof activityTimelinessValues)[number];

export interface TimelinessFacts {
  status: string;
  /** Local date the activity ended (`YYYY-MM-DD`), when recorded. */
  endedOn: string | null;
  /** End date of its work-plan item; null for an unplanned activity. */
  plannedEnd: string | null;
}

/** Null when the activity has no timeliness yet: cancelled, not done and not due, or done without an end date. */
export function activityTimeliness(facts: TimelinessFacts, today: string): ActivityTimeliness | null {
  if (facts.status === 'cancelled') return null;
  if (facts.status === 'done') {
    if (!facts.endedOn) return null;
    if (!facts.plannedEnd) return 'unplanned';
    return facts.endedOn <= facts.plannedEnd ? 'on_time' : 'late';
  }
  return facts.plannedEnd && facts.plannedEnd < today ? 'overdue' : null;
}

/** The date that places an activity in a period: its end when done, otherwise its planned end. */
export function activityReferenceDate(facts: TimelinessFacts): string | null {
  if (facts.status === 'cancelled') return null;
  return facts.status === 'done' ? facts.endedOn : facts.plannedEnd;
}
