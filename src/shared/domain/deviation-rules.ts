import type { ActivityStatus } from './activity-vocabulary';
import type { DeviationKind, DeviationSeverity } from './monitoring-vocabulary';
import type { ResponsibleParty } from './work-plan-items';

/**
 * Deviations from the joint work plan (guide step 9), computed from the plan and the activities on
 * every read so they are never stale. Thresholds and their reasons: docs/domain/monitoring.md.
 */

export interface DeviationPlanItem {
  id: string;
  activity: string;
  startsOn: string;
  endsOn: string;
  targetQuantity: number;
  targetUnit: string;
  responsibleParty: ResponsibleParty;
  contributions: { institution: number; partner: number };
}

export interface DeviationActivity {
  id: string;
  workPlanItemId: string | null;
  title: string;
  status: ActivityStatus;
  startedOn: string | null;
  endedOn: string | null;
  actualQuantity: number | null;
  evidenceCount: number;
  spent: { institution: number; partner: number };
}

export interface DeviationInput {
  /** The institution's local calendar day (`localDateOf`), not UTC's. */
  today: string;
  items: DeviationPlanItem[];
  activities: DeviationActivity[];
}

export type ContributionParty = 'institution' | 'partner';

export interface Deviation {
  kind: DeviationKind;
  severity: DeviationSeverity;
  itemId: string | null;
  activityId: string | null;
  daysLate: number | null;
  expected: number | null;
  actual: number | null;
  party: ContributionParty | null;
  plannedRupiah: number | null;
  spentRupiah: number | null;
}

/** Below this share of what was expected, an indicator or a contribution counts as behind. */
export const behindThreshold = 0.8;

/** Days late: up to 7 is low (a week's slack), up to 30 medium, beyond a month high. */
export function lateSeverity(daysLate: number): DeviationSeverity {
  if (daysLate <= 7) return 'low';
  if (daysLate <= 30) return 'medium';
  return 'high';
}

/** A gap as a share of the whole (target or planned rupiah): under a quarter low, under half medium. */
export function gapSeverity(gapShare: number): DeviationSeverity {
  if (gapShare < 0.25) return 'low';
  if (gapShare < 0.5) return 'medium';
  return 'high';
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The target expected by the start of `today`: none on the first day, the full target once the
 * last day is over (when the item would also become overdue), linear in between.
 */
export function expectedQuantity(item: DeviationPlanItem, today: string): number {
  const span = daysBetween(item.startsOn, item.endsOn) + 1;
  const elapsed = Math.min(Math.max(daysBetween(item.startsOn, today), 0), span);
  return (item.targetQuantity * elapsed) / span;
}

const severityRank: Record<DeviationSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then the longest late, so the list reads as a to-do list. */
export function compareDeviations(a: Deviation, b: Deviation): number {
  return severityRank[a.severity] - severityRank[b.severity] || (b.daysLate ?? 0) - (a.daysLate ?? 0);
}

function blank(kind: DeviationKind, severity: DeviationSeverity): Deviation {
  return {
    kind,
    severity,
    itemId: null,
    activityId: null,
    daysLate: null,
    expected: null,
    actual: null,
    party: null,
    plannedRupiah: null,
    spentRupiah: null,
  };
}

/** An item is cancelled when it had activities and every one of them was cancelled. */
function isCancelled(activities: DeviationActivity[]): boolean {
  return activities.length > 0 && activities.every((a) => a.status === 'cancelled');
}

function itemDeviations(item: DeviationPlanItem, own: DeviationActivity[], today: string): Deviation[] {
  if (isCancelled(own)) return [];
  const live = own.filter((a) => a.status !== 'cancelled');
  const started = live.some((a) => a.status === 'in_progress' || a.status === 'done');
  const done = live.some((a) => a.status === 'done');
  const found: Deviation[] = [];
  const pastEnd = daysBetween(item.endsOn, today);
  const pastStart = daysBetween(item.startsOn, today);
  if (pastEnd > 0 && !done) {
    found.push({ ...blank('overdue', lateSeverity(pastEnd)), itemId: item.id, daysLate: pastEnd });
  } else if (pastStart > 0 && !started) {
    found.push({ ...blank('not_started', lateSeverity(pastStart)), itemId: item.id, daysLate: pastStart });
  }
  if (started && item.targetQuantity > 0) {
    const expected = expectedQuantity(item, today);
    const actual = live.reduce((sum, a) => sum + (a.actualQuantity ?? 0), 0);
    if (expected > 0 && actual < behindThreshold * expected) {
      const severity = gapSeverity((expected - actual) / item.targetQuantity);
      found.push({
        ...blank('indicator_behind', severity),
        itemId: item.id,
        expected: Math.round(expected * 100) / 100,
        actual,
      });
    }
  }
  return found;
}

function evidenceDeviations(activities: DeviationActivity[], today: string): Deviation[] {
  return activities
    .filter((a) => a.status === 'done' && a.evidenceCount === 0)
    .map((a) => {
      const since = a.endedOn ? Math.max(daysBetween(a.endedOn, today), 0) : null;
      return {
        ...blank('evidence_missing', since === null ? 'medium' : lateSeverity(since)),
        itemId: a.workPlanItemId,
        activityId: a.id,
        daysLate: since,
      };
    });
}

function contributionDeviations(
  items: DeviationPlanItem[],
  byItem: Map<string, DeviationActivity[]>,
  today: string,
): Deviation[] {
  const ended = items.filter(
    (item) => daysBetween(item.endsOn, today) > 0 && !isCancelled(byItem.get(item.id) ?? []),
  );
  return (['institution', 'partner'] as const).flatMap((party) => {
    const planned = ended.reduce((sum, item) => sum + item.contributions[party], 0);
    const spent = ended.reduce(
      (sum, item) => sum + (byItem.get(item.id) ?? []).reduce((s, a) => s + a.spent[party], 0),
      0,
    );
    if (planned <= 0 || spent >= behindThreshold * planned) return [];
    return [
      {
        ...blank('contribution_behind', gapSeverity((planned - spent) / planned)),
        party,
        plannedRupiah: planned,
        spentRupiah: spent,
      },
    ];
  });
}

export function findDeviations(input: DeviationInput): Deviation[] {
  const byItem = new Map<string, DeviationActivity[]>();
  for (const activity of input.activities) {
    if (activity.workPlanItemId === null) continue;
    byItem.set(activity.workPlanItemId, [...(byItem.get(activity.workPlanItemId) ?? []), activity]);
  }
  return [
    ...input.items.flatMap((item) => itemDeviations(item, byItem.get(item.id) ?? [], input.today)),
    ...evidenceDeviations(input.activities, input.today),
    ...contributionDeviations(input.items, byItem, input.today),
  ].sort(compareDeviations);
}
