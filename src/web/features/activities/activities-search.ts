import {
  activityTimelinessValues,
  type ActivityTimeliness,
} from '../../../shared/domain/activity-timeliness';
import {
  activityStatuses,
  outcomeKinds,
  type ActivityStatus,
  type OutcomeKind,
} from '../../../shared/domain/activity-vocabulary';

/**
 * Kegiatan: the filters live in the URL so a dashboard figure links to its list
 * (docs/domain/dashboard.md), e.g. `/kegiatan?timeliness=late&from=2026-01&to=2026-06`.
 */
export interface ActivitiesSearch {
  timeliness?: ActivityTimeliness;
  outcomeKind?: OutcomeKind;
  status?: ActivityStatus;
  /** Local months `YYYY-MM` holding the activity's reference date, both included. */
  from?: string;
  to?: string;
  q?: string;
  partnershipId?: string;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

function readMonth(value: unknown): string | undefined {
  return typeof value === 'string' && monthPattern.test(value) ? value : undefined;
}

function readText(value: unknown, max: number): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text !== '' && text.length <= max ? text : undefined;
}

export function parseActivitiesSearch(search: Record<string, unknown>): ActivitiesSearch {
  return {
    timeliness: activityTimelinessValues.find((value) => value === search.timeliness),
    outcomeKind: outcomeKinds.find((value) => value === search.outcomeKind),
    status: activityStatuses.find((value) => value === search.status),
    from: readMonth(search.from),
    to: readMonth(search.to),
    q: readText(search.q, 200),
    partnershipId: readText(search.partnershipId, 60),
  };
}
