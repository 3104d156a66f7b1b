import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { updateVersionedRow } from '../../db/update-versioned-row';
import type { Dialect } from '../../db/dialect-of';
import type { PartnersTable } from '../../db/schema';
import { valuesAsOneParameter } from '../../db/values-as-one-parameter';
import { listFirstSearchMatchIds, searchMatches } from './partner-search.repository';

export type PartnerRow = Selectable<PartnersTable>;

export interface PartnerFilter {
  institutionId: string;
  q?: string | undefined;
  category?: string | undefined;
  /** Any level: compared with the column of that level. */
  regionCode?: string | undefined;
  size?: string | undefined;
  sector?: string | undefined;
  tag?: string | undefined;
  facilitatorUserId?: string | undefined;
  needs?: string[] | undefined;
  offers?: string[] | undefined;
  /** Has a partnership in this stage (and with this pattern, when both are given). */
  stage?: string | undefined;
  pattern?: string | undefined;
  /** Only these partners (the health filter, computed by care). */
  partnerIds?: string[] | undefined;
}

const regionColumnByDepth = ['province_code', 'regency_code', 'district_code', 'village_code'] as const;

/**
 * `fromSearchMatches` (SQLite, with `q`): the unary `+` keeps the planner off every index that
 * starts with `institution_id`, so it reads the search's matches and looks each partner up by id,
 * instead of walking the institution's whole name index to probe them (a rare fragment among
 * 1,000,000 partners: 2.6 ms against 150–400 ms).
 */
function filtered(db: Db, dialect: Dialect, filter: PartnerFilter, fromSearchMatches = false) {
  let query = db
    .selectFrom('partners')
    .where(
      fromSearchMatches && dialect === 'sqlite'
        ? sql<string>`+${sql.ref('partners.institution_id')}`
        : 'partners.institution_id',
      '=',
      filter.institutionId,
    );
  if (filter.partnerIds)
    query =
      filter.partnerIds.length === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where('partners.id', 'in', valuesAsOneParameter(dialect, filter.partnerIds));
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.size) query = query.where('size', '=', filter.size);
  if (filter.sector)
    query = query.where((eb) => eb(eb.fn('lower', ['sector']), '=', filter.sector!.toLowerCase()));
  if (filter.facilitatorUserId) query = query.where('facilitator_user_id', '=', filter.facilitatorUserId);
  if (filter.regionCode) {
    const column = regionColumnByDepth[filter.regionCode.split('.').length - 1] ?? 'region_code';
    query = query.where(column, '=', filter.regionCode);
  }
  if (filter.tag) {
    const tag = filter.tag;
    query = query.where('partners.id', 'in', (eb) =>
      eb
        .selectFrom('partner_tags')
        .select('partner_id')
        .where('institution_id', '=', filter.institutionId)
        .where('tag', '=', tag),
    );
  }
  for (const [direction, items] of [
    ['need', filter.needs],
    ['offer', filter.offers],
  ] as const) {
    for (const item of items ?? []) {
      query = query.where('partners.id', 'in', (eb) =>
        eb
          .selectFrom('partner_exchange_items')
          .select('partner_id')
          .where('institution_id', '=', filter.institutionId)
          .where('direction', '=', direction)
          .where('item', '=', item),
      );
    }
  }
  if (filter.stage || filter.pattern) {
    const { stage, pattern } = filter;
    query = query.where('partners.id', 'in', (eb) => {
      let partnered = eb
        .selectFrom('partnership_partners')
        .innerJoin('partnerships', 'partnerships.id', 'partnership_partners.partnership_id')
        .select('partnership_partners.partner_id')
        .where('partnership_partners.institution_id', '=', filter.institutionId)
        .where('partnerships.institution_id', '=', filter.institutionId);
      if (stage) partnered = partnered.where('partnerships.stage', '=', stage);
      if (pattern) partnered = partnered.where('partnerships.pattern', '=', pattern);
      return partnered;
    });
  }
  if (filter.q)
    query = query.where('partners.id', 'in', searchMatches(db, dialect, filter.institutionId, filter.q));
  return query;
}

/** Whether the filter narrows by anything but the institution and the search; kept beside `filtered`. */
function narrowsBeyondSearch(filter: PartnerFilter): boolean {
  return [
    filter.category,
    filter.regionCode,
    filter.size,
    filter.sector,
    filter.tag,
    filter.facilitatorUserId,
    filter.stage,
    filter.pattern,
    filter.partnerIds,
    filter.needs?.length ? filter.needs : undefined,
    filter.offers?.length ? filter.offers : undefined,
  ].some((value) => value !== undefined && value !== '');
}

type KeysetPage = {
  after: [string, string] | null;
  limit: number;
  /**
   * Only these partners, already filtered: a search's first matches (`listSearchMatchIds`), looked
   * up by id and sorted, so the page never walks the name index probing each partner's text.
   */
  among?: string[];
};

/** One keyset page ordered by name; `limit + 1` rows tell whether another page exists. */
function keysetPage(db: Db, dialect: Dialect, filter: PartnerFilter, page: KeysetPage) {
  let query = page.among
    ? db
        .selectFrom('partners')
        // The unary `+` keeps SQLite's planner off the name index (PostgreSQL's needs no telling).
        .where(
          dialect === 'sqlite'
            ? sql<string>`+${sql.ref('partners.institution_id')}`
            : 'partners.institution_id',
          '=',
          filter.institutionId,
        )
        .where('partners.id', 'in', valuesAsOneParameter(dialect, page.among))
    : filtered(db, dialect, filter);
  if (page.after) {
    const [nameKey, id] = page.after;
    query = query.where((eb) =>
      eb.or([
        eb('name_key', '>', nameKey),
        eb.and([eb('name_key', '=', nameKey), eb('partners.id', '>', id)]),
      ]),
    );
  }
  return query
    .orderBy('name_key')
    .orderBy('partners.id')
    .limit(page.limit + 1);
}

/**
 * The ids of a search's first `limit` matches that pass the other filters too, in the trigram
 * index's order (ADR 0038): read once, they are both the search's capped count and its pages' set.
 */
export async function listSearchMatchIds(
  db: Db,
  dialect: Dialect,
  filter: PartnerFilter & { q: string },
  limit: number,
): Promise<string[]> {
  if (!narrowsBeyondSearch(filter))
    return listFirstSearchMatchIds(db, dialect, filter.institutionId, filter.q, limit);
  const rows = await filtered(db, dialect, filter, true).select('partners.id').limit(limit).execute();
  return rows.map((row) => row.id);
}

export function listPartnerRows(
  db: Db,
  dialect: Dialect,
  filter: PartnerFilter,
  page: KeysetPage,
): Promise<PartnerRow[]> {
  return keysetPage(db, dialect, filter, page).selectAll('partners').execute();
}

export type PartnerSummaryRow = Pick<
  PartnerRow,
  | 'id'
  | 'name'
  | 'name_key'
  | 'category'
  | 'size'
  | 'sector'
  | 'region_code'
  | 'regency_code'
  | 'scope'
  | 'facilitator_user_id'
  | 'lat'
  | 'lng'
  | 'updated_at'
>;

/** The list's page: only what a summary shows (a third of the columns; wide rows cost per column). */
export function listPartnerSummaryRows(
  db: Db,
  dialect: Dialect,
  filter: PartnerFilter,
  page: KeysetPage,
): Promise<PartnerSummaryRow[]> {
  return keysetPage(db, dialect, filter, page)
    .select([
      'partners.id',
      'partners.name',
      'partners.name_key',
      'partners.category',
      'partners.size',
      'partners.sector',
      'partners.region_code',
      'partners.regency_code',
      'partners.scope',
      'partners.facilitator_user_id',
      'partners.lat',
      'partners.lng',
      'partners.updated_at',
    ])
    .execute();
}

/** Counts at most `cap + 1` rows, so a count never scans a whole large registry. */
export async function countPartnerRows(
  db: Db,
  dialect: Dialect,
  filter: PartnerFilter,
  cap: number,
): Promise<number> {
  const inner = filtered(db, dialect, filter)
    .select(sql<number>`1`.as('one'))
    .limit(cap + 1);
  const row = await db
    .selectFrom(inner.as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function findPartnerRow(db: Db, institutionId: string, id: string): Promise<PartnerRow | undefined> {
  return db
    .selectFrom('partners')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPartnerRow(db: Db, row: Insertable<PartnersTable>): Promise<void> {
  await db.insertInto('partners').values(row).execute();
}

export function updatePartnerRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<PartnersTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'partners', { institutionId, id, version }, changes);
}

/** Partners that share an identifier, or sit in the same regency (for the name comparison). */
export function listDuplicateSuspectRows(
  db: Db,
  institutionId: string,
  probe: { nib: string | null; npwp: string | null; regencyCode: string; excludeId: string | null },
) {
  let query = db
    .selectFrom('partners')
    .select(['id', 'name', 'name_key', 'nib', 'npwp', 'regency_code'])
    .where('institution_id', '=', institutionId)
    .where((eb) =>
      eb.or([
        eb('regency_code', '=', probe.regencyCode),
        ...(probe.nib ? [eb('nib', '=', probe.nib)] : []),
        ...(probe.npwp ? [eb('npwp', '=', probe.npwp)] : []),
      ]),
    );
  if (probe.excludeId) query = query.where('id', '!=', probe.excludeId);
  return query.limit(2000).execute();
}

/** Located partners of the filtered set, at most `cap + 1` so the caller can tell it was capped. */
export function listPartnerMapRows(db: Db, dialect: Dialect, filter: PartnerFilter, cap: number) {
  return filtered(db, dialect, filter)
    .select(['partners.id', 'partners.name', 'partners.category', 'partners.lat', 'partners.lng'])
    .where('partners.lat', 'is not', null)
    .where('partners.lng', 'is not', null)
    .orderBy('name_key')
    .orderBy('partners.id')
    .limit(cap + 1)
    .execute();
}

/** Stages of the partnerships of the given partners (all of the institution's when `partnerIds` is null). */
export function listPartnerStageRows(
  db: Db,
  institutionId: string,
  partnerIds: string[] | null,
): Promise<{ partner_id: string; stage: string }[]> {
  if (partnerIds?.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('partnership_partners')
    .innerJoin('partnerships', 'partnerships.id', 'partnership_partners.partnership_id')
    .select(['partnership_partners.partner_id', 'partnerships.stage'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnerships.institution_id', '=', institutionId);
  if (partnerIds) query = query.where('partnership_partners.partner_id', 'in', partnerIds);
  return query.execute();
}
