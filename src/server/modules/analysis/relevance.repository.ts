import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';

/** Which partners a query covers: those offering an item, or one partner. */
export type PartnerScope = { item: string } | { partnerId: string };

export interface CandidatePartnerRow {
  id: string;
  name: string;
  size: string | null;
  province_code: string;
  regency_code: string;
  district_code: string | null;
  village_code: string | null;
  lat: number | null;
  lng: number | null;
}

const runningStages = ['implementation', 'monitoring_evaluation', 'improvement', 'follow_up'];
const closedStages = ['ended', 'not_pursued'];

/**
 * `column` names a partner in scope. The item form is one range of the
 * (institution_id, direction, item) index of partner_exchange_items on both databases.
 */
function partnerInScope<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  institutionId: string,
  scope: PartnerScope,
) {
  const ref = eb.ref(column as never);
  if ('partnerId' in scope) return eb(ref, '=', scope.partnerId as never);
  return eb(
    ref,
    'in',
    (eb as unknown as ExpressionBuilder<Database, never>)
      .selectFrom('partner_exchange_items')
      .select('partner_id')
      .where('institution_id', '=', institutionId)
      .where('direction', '=', 'offer')
      .where('item', '=', scope.item) as never,
  );
}

export function listCandidatePartners(
  db: Db,
  institutionId: string,
  scope: PartnerScope,
): Promise<CandidatePartnerRow[]> {
  return db
    .selectFrom('partners')
    .select([
      'id',
      'name',
      'size',
      'province_code',
      'regency_code',
      'district_code',
      'village_code',
      'lat',
      'lng',
    ])
    .where('institution_id', '=', institutionId)
    .where((eb) => partnerInScope(eb, 'partners.id', institutionId, scope))
    .execute();
}

export async function listPartnerOffers(db: Db, institutionId: string, partnerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('partner_exchange_items')
    .select('item')
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .where('direction', '=', 'offer')
    .execute();
  return rows.map((row) => row.item);
}

export async function countRecentInteractions(
  db: Db,
  institutionId: string,
  scope: PartnerScope,
  since: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('interaction_partners as ip')
    .innerJoin('interactions as i', 'i.id', 'ip.interaction_id')
    .select(['ip.partner_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('ip.institution_id', '=', institutionId)
    .where('i.occurred_at', '>=', since)
    .where((eb) => partnerInScope(eb, 'ip.partner_id', institutionId, scope))
    .groupBy('ip.partner_id')
    .execute();
  return new Map(rows.map((row) => [row.partner_id, Number(row.n)]));
}

/** Partnerships not ended or given up, newest first, with the partner each belongs to. */
export function listOpenPartnerships(
  db: Db,
  institutionId: string,
  scope: PartnerScope,
): Promise<{ partner_id: string; id: string; stage: string }[]> {
  return db
    .selectFrom('partnership_partners as pp')
    .innerJoin('partnerships as p', 'p.id', 'pp.partnership_id')
    .select(['pp.partner_id', 'p.id', 'p.stage'])
    .where('pp.institution_id', '=', institutionId)
    .where('p.stage', 'not in', closedStages)
    .where((eb) => partnerInScope(eb, 'pp.partner_id', institutionId, scope))
    .orderBy('p.id', 'desc')
    .execute();
}

/** Partnerships per partner that reached implementation or a later running stage at some time. */
export async function countDeliveredPartnerships(
  db: Db,
  institutionId: string,
  scope: PartnerScope,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('partnership_partners as pp')
    .select(['pp.partner_id', (eb) => eb.fn.count<number | string>('pp.partnership_id').distinct().as('n')])
    .where('pp.institution_id', '=', institutionId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('partnership_stage_events as e')
          .select('e.id')
          .whereRef('e.partnership_id', '=', 'pp.partnership_id')
          .where('e.institution_id', '=', institutionId)
          .where('e.to_stage', 'in', runningStages),
      ),
    )
    .where((eb) => partnerInScope(eb, 'pp.partner_id', institutionId, scope))
    .groupBy('pp.partner_id')
    .execute();
  return new Map(rows.map((row) => [row.partner_id, Number(row.n)]));
}

export function findInstitutionRegion(
  db: Db,
  institutionId: string,
): Promise<{ region_code: string | null }> {
  return db
    .selectFrom('institutions')
    .select('region_code')
    .where('id', '=', institutionId)
    .executeTakeFirstOrThrow();
}

export function findPartnerName(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}
