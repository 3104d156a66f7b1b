import { localDateOf } from './local-date';
import type { TimeZoneCode } from './institution-kinds';
import type { BuiltInPartnerCategory } from './partner-vocabulary';
import type { PartnershipStage } from './partnership-stages';

/**
 * How often a partner should hear from the institution (the guide's technique 5, "be active").
 * Defaults depend on where the relationship stands and on the kind of partner; a partner may carry
 * its own number (partners.contact_cadence_days). docs/domain/health-and-cadence.md explains them.
 */

/** Where the relationship stands, as far as contact frequency goes. */
export const cadenceStageGroups = ['prospect', 'exploration', 'running', 'ended'] as const;
export type CadenceStageGroup = (typeof cadenceStageGroups)[number];

export const minCadenceDays = 1;
export const maxCadenceDays = 365;

/**
 * Days between contacts by partner category and stage group. A mapped prospect is approached
 * monthly to bimonthly, a partner being explored or negotiated every one to two weeks (momentum
 * matters), a running partnership fortnightly, an ended one quarterly to keep the door open. A
 * government office is written to formally and less often; a community figure is a personal
 * relationship that cools fastest.
 */
export const defaultCadenceDays: Record<BuiltInPartnerCategory, Record<CadenceStageGroup, number>> = {
  business: { prospect: 30, exploration: 7, running: 14, ended: 90 },
  cooperative: { prospect: 45, exploration: 10, running: 14, ended: 90 },
  community_group: { prospect: 45, exploration: 10, running: 14, ended: 90 },
  community_figure: { prospect: 30, exploration: 7, running: 14, ended: 90 },
  government: { prospect: 60, exploration: 14, running: 21, ended: 120 },
};

/** An institution's own categories (`custom:<slug>`) get the middle of the ranges. */
export const customCategoryCadenceDays: Record<CadenceStageGroup, number> = {
  prospect: 45,
  exploration: 10,
  running: 14,
  ended: 90,
};

const groupOfStage: Record<PartnershipStage, CadenceStageGroup> = {
  mapping: 'prospect',
  information_gathering: 'prospect',
  analysis: 'prospect',
  exploration: 'exploration',
  work_planning: 'exploration',
  agreement: 'exploration',
  signing: 'exploration',
  implementation: 'running',
  monitoring_evaluation: 'running',
  improvement: 'running',
  follow_up: 'running',
  not_pursued: 'ended',
  ended: 'ended',
};

/** null: the partner has no partnership yet, so it is a mapped prospect. */
export function cadenceStageGroup(stage: PartnershipStage | null): CadenceStageGroup {
  return stage ? groupOfStage[stage] : 'prospect';
}

export function defaultCadence(category: string, stage: PartnershipStage | null): number {
  const group = cadenceStageGroup(stage);
  const byCategory = (defaultCadenceDays as Record<string, Record<CadenceStageGroup, number>>)[category];
  return (byCategory ?? customCategoryCadenceDays)[group];
}

export interface EffectiveCadence {
  days: number;
  defaultDays: number;
  overrideDays: number | null;
  stageGroup: CadenceStageGroup;
}

export function effectiveCadence(
  category: string,
  stage: PartnershipStage | null,
  overrideDays: number | null,
): EffectiveCadence {
  const defaultDays = defaultCadence(category, stage);
  return {
    days: overrideDays ?? defaultDays,
    defaultDays,
    overrideDays,
    stageGroup: cadenceStageGroup(stage),
  };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface NextContact {
  /** The local day of the last contact; null when the partner was never contacted. */
  lastContactOn: string | null;
  /** The local day the next contact is due. */
  dueOn: string;
  /** Days past due (positive), due today (0), days ahead (negative). */
  daysOverdue: number;
  /** Days since the last contact (or since mapping when never contacted). */
  daysSince: number;
}

/**
 * When the next contact is due, counted in local calendar days of the institution's zone: a call
 * at 20:00 UTC on the 31st is already the 1st in WITA, and the cadence counts from that day.
 * Never contacted: the cadence counts from the day the partner was mapped (`sinceIso`), or it is
 * due today when that is unknown.
 */
export function nextContactDue(
  lastContactAtIso: string | null,
  cadenceDays: number,
  timeZone: TimeZoneCode,
  now: Date,
  sinceIso: string | null = null,
): NextContact {
  const today = localDateOf(now, timeZone);
  const fromIso = lastContactAtIso ?? sinceIso;
  if (!fromIso) return { lastContactOn: null, dueOn: today, daysOverdue: 0, daysSince: 0 };
  const fromDay = localDateOf(new Date(fromIso), timeZone);
  const dueOn = plusDays(fromDay, cadenceDays);
  return {
    lastContactOn: lastContactAtIso ? fromDay : null,
    dueOn,
    daysOverdue: daysFromTo(dueOn, today),
    daysSince: daysFromTo(fromDay, today),
  };
}
