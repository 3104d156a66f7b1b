import type { z } from 'zod';
import type {
  InstitutionActivityPage,
  listInstitutionActivitiesQuerySchema,
} from '../../../shared/contracts/institution-activities';
import {
  activityReferenceDate,
  activityTimeliness,
  type ActivityTimeliness,
} from '../../../shared/domain/activity-timeliness';
import type { ActivityStatus, OutcomeKind } from '../../../shared/domain/activity-vocabulary';
import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { findInstitutionTimeZone } from '../institutions/index';
import {
  countEvidenceOfActivities,
  listInstitutionActivityRows,
  listPartnershipPartnerNames,
  type InstitutionActivityPrefilter,
  type InstitutionActivityRow,
} from './institution-activities.repository';

/**
 * Timeliness and the period are decided here in JavaScript, by the same functions as the
 * dashboard's roll-up, so SQL only narrows. The narrowed rows are read whole (up to this many,
 * more than an LKP records in decades); beyond it the list is cut and says so with `totalCapped`.
 */
export const institutionActivityScanCap = 20_000;

type Query = z.output<typeof listInstitutionActivitiesQuerySchema>;

interface Classified {
  row: InstitutionActivityRow;
  timeliness: ActivityTimeliness | null;
  /** Sorts newest first; activities without a reference date last. */
  sortKey: string;
}

function prefilterOf(query: Query, institutionId: string): InstitutionActivityPrefilter {
  const byTimeliness: Partial<InstitutionActivityPrefilter> =
    query.timeliness === 'overdue'
      ? { excludeStatuses: ['done', 'cancelled'] }
      : query.timeliness
        ? { status: 'done' }
        : {};
  return {
    institutionId,
    ...byTimeliness,
    ...(query.status ? { status: query.status } : {}),
    outcomeKind: query.outcomeKind,
    partnershipId: query.partnershipId,
    partnerId: query.partnerId,
    datesWithin:
      query.from || query.to
        ? { from: query.from ? `${query.from}-01` : null, to: query.to ? `${query.to}-31` : null }
        : undefined,
  };
}

function matches(query: Query, item: Classified): boolean {
  const { row } = item;
  if (query.status && row.status !== query.status) return false;
  if (query.timeliness && item.timeliness !== query.timeliness) return false;
  if (query.from || query.to) {
    const month = activityReferenceDate(factsOf(row))?.slice(0, 7);
    if (!month) return false;
    if (query.from && month < query.from) return false;
    if (query.to && month > query.to) return false;
  }
  if (query.q) {
    const needle = query.q.toLocaleLowerCase('id');
    const haystack = `${row.title}\n${row.partnership_name}`.toLocaleLowerCase('id');
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

function factsOf(row: InstitutionActivityRow) {
  return { status: row.status, endedOn: row.ended_on, plannedEnd: row.planned_end };
}

function byNewest(a: Classified, b: Classified): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? 1 : -1;
  return a.row.id < b.row.id ? 1 : a.row.id > b.row.id ? -1 : 0;
}

function isAfterCursor(item: Classified, cursor: [string, string]): boolean {
  return item.sortKey < cursor[0] || (item.sortKey === cursor[0] && item.row.id < cursor[1]);
}

/** The institution's activities that meet every filter, newest reference date first. */
export async function listInstitutionActivities(
  deps: AppDeps,
  principal: Principal,
  query: Query,
): Promise<InstitutionActivityPage> {
  const institutionId = principal.institutionId;
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  const today = localDateOf(deps.clock.now(), zone);
  const rows = await listInstitutionActivityRows(
    deps.db,
    prefilterOf(query, institutionId),
    institutionActivityScanCap + 1,
  );
  const capped = rows.length > institutionActivityScanCap;
  const matching = rows
    .slice(0, institutionActivityScanCap)
    .map((row) => ({
      row,
      timeliness: activityTimeliness(factsOf(row), today),
      sortKey: activityReferenceDate(factsOf(row)) ?? '',
    }))
    .filter((item) => matches(query, item))
    .sort(byNewest);
  const actualQuantityTotal = matching.reduce(
    (sum, item) => sum + (item.row.actual_quantity === null ? 0 : Number(item.row.actual_quantity)),
    0,
  );
  const rest = after ? matching.filter((item) => isAfterCursor(item, after)) : matching;
  const page = rest.slice(0, query.limit);
  const [names, evidence] = await Promise.all([
    listPartnershipPartnerNames(deps.db, institutionId, [...new Set(page.map((i) => i.row.partnership_id))]),
    countEvidenceOfActivities(
      deps.db,
      institutionId,
      page.map((item) => item.row.id),
    ),
  ]);
  const partnerNames = new Map<string, string[]>();
  for (const { partnership_id, name } of names)
    partnerNames.set(partnership_id, [...(partnerNames.get(partnership_id) ?? []), name]);
  const last = page[page.length - 1];
  return {
    items: page.map(({ row, timeliness }) => ({
      id: row.id,
      title: row.title,
      status: row.status as ActivityStatus,
      partnership: { id: row.partnership_id, name: row.partnership_name },
      partnerNames: partnerNames.get(row.partnership_id) ?? [],
      plannedEnd: row.planned_end,
      startedOn: row.started_on,
      endedOn: row.ended_on,
      actualQuantity: row.actual_quantity === null ? null : Number(row.actual_quantity),
      outcomeKind: row.outcome_kind as OutcomeKind | null,
      timeliness,
      evidenceCount: evidence.get(row.id) ?? 0,
    })),
    nextCursor: rest.length > query.limit && last ? encodeCursor([last.sortKey, last.row.id]) : null,
    total: matching.length,
    totalCapped: capped,
    actualQuantityTotal,
  };
}
