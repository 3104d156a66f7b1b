import type { Db } from '../../db/database';

/** An activity with what the institution-wide list shows beside it. */
export interface InstitutionActivityRow {
  id: string;
  title: string;
  status: string;
  partnership_id: string;
  partnership_name: string;
  planned_end: string | null;
  started_on: string | null;
  ended_on: string | null;
  actual_quantity: number | string | null;
  outcome_kind: string | null;
}

/**
 * A narrowing the caller may apply in SQL: every field only ever removes rows the exact rule in
 * JavaScript would remove too.
 */
export interface InstitutionActivityPrefilter {
  institutionId: string;
  status?: string | undefined;
  excludeStatuses?: string[] | undefined;
  outcomeKind?: string | undefined;
  partnershipId?: string | undefined;
  partnerId?: string | undefined;
  /** Either the end date or the planned end lies within these days (both included). */
  datesWithin?: { from: string | null; to: string | null } | undefined;
}

export function listInstitutionActivityRows(
  db: Db,
  filter: InstitutionActivityPrefilter,
  limit: number,
): Promise<InstitutionActivityRow[]> {
  let query = db
    .selectFrom('activities')
    .innerJoin('partnerships', (join) =>
      join
        .onRef('partnerships.id', '=', 'activities.partnership_id')
        .onRef('partnerships.institution_id', '=', 'activities.institution_id'),
    )
    .leftJoin('work_plan_items', (join) =>
      join
        .onRef('work_plan_items.id', '=', 'activities.work_plan_item_id')
        .onRef('work_plan_items.institution_id', '=', 'activities.institution_id'),
    )
    .select([
      'activities.id',
      'activities.title',
      'activities.status',
      'activities.partnership_id',
      'partnerships.name as partnership_name',
      'work_plan_items.ends_on as planned_end',
      'activities.started_on',
      'activities.ended_on',
      'activities.actual_quantity',
      'activities.outcome_kind',
    ])
    .where('activities.institution_id', '=', filter.institutionId);
  if (filter.status) query = query.where('activities.status', '=', filter.status);
  if (filter.excludeStatuses?.length)
    query = query.where('activities.status', 'not in', filter.excludeStatuses);
  if (filter.outcomeKind) query = query.where('activities.outcome_kind', '=', filter.outcomeKind);
  if (filter.partnershipId) query = query.where('activities.partnership_id', '=', filter.partnershipId);
  if (filter.partnerId) {
    const partnerId = filter.partnerId;
    query = query.where('activities.partnership_id', 'in', (eb) =>
      eb
        .selectFrom('partnership_partners')
        .select('partnership_partners.partnership_id')
        .where('partnership_partners.institution_id', '=', filter.institutionId)
        .where('partnership_partners.partner_id', '=', partnerId),
    );
  }
  const dates = filter.datesWithin;
  if (dates && (dates.from || dates.to)) {
    query = query.where((eb) => {
      const within = (column: 'activities.ended_on' | 'work_plan_items.ends_on') =>
        eb.and([
          ...(dates.from ? [eb(column, '>=', dates.from)] : []),
          ...(dates.to ? [eb(column, '<=', dates.to)] : []),
        ]);
      return eb.or([within('activities.ended_on'), within('work_plan_items.ends_on')]);
    });
  }
  return query.orderBy('activities.id', 'desc').limit(limit).execute();
}

/** Names of each partnership's partners, in name order. */
export function listPartnershipPartnerNames(
  db: Db,
  institutionId: string,
  partnershipIds: string[],
): Promise<{ partnership_id: string; name: string }[]> {
  if (partnershipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .select(['partnership_partners.partnership_id', 'partners.name'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partners.institution_id', '=', institutionId)
    .where('partnership_partners.partnership_id', 'in', partnershipIds)
    .orderBy('partners.name_key')
    .execute();
}

export async function countEvidenceOfActivities(
  db: Db,
  institutionId: string,
  activityIds: string[],
): Promise<Map<string, number>> {
  if (activityIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('activity_evidence')
    .select(['activity_id', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('institution_id', '=', institutionId)
    .where('activity_id', 'in', activityIds)
    .groupBy('activity_id')
    .execute();
  return new Map(rows.map((row) => [row.activity_id, Number(row.count)]));
}
