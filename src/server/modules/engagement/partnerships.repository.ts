import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { PartnershipStageEventsTable, PartnershipsTable } from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type PartnershipRow = Selectable<PartnershipsTable>;
export type StageEventRow = Selectable<PartnershipStageEventsTable>;

export interface PartnershipFilter {
  institutionId: string;
  stage?: string | undefined;
  pattern?: string | undefined;
  facilitatorUserId?: string | undefined;
  partnerId?: string | undefined;
  /** One of its partners has this category. */
  partnerCategory?: string | undefined;
  /** One of its partners lies in this region: the partner column of the code's level. */
  partnerRegion?: { column: PartnerRegionColumn; code: string } | undefined;
  programme?: string | undefined;
  /** Its current stage, or the `to` of one of its stage events, is one of these. */
  stageOnceIn?: readonly string[] | undefined;
}

export type PartnerRegionColumn = 'province_code' | 'regency_code' | 'district_code' | 'village_code';

export async function insertPartnershipRow(db: Db, row: Insertable<PartnershipsTable>): Promise<void> {
  await db.insertInto('partnerships').values(row).execute();
}

export async function findPartnershipRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<PartnershipRow | undefined> {
  return db
    .selectFrom('partnerships')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updatePartnershipRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<PartnershipsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'partnerships', { institutionId, id, version }, changes);
}

/** Newest first (UUIDv7 ids sort by creation); `limit + 1` rows tell whether another page exists. */
export async function listPartnershipRows(
  db: Db,
  filter: PartnershipFilter,
  page: { before: string | null; limit: number },
): Promise<PartnershipRow[]> {
  let query = db.selectFrom('partnerships').selectAll().where('institution_id', '=', filter.institutionId);
  if (filter.stage) query = query.where('stage', '=', filter.stage);
  if (filter.pattern) query = query.where('pattern', '=', filter.pattern);
  if (filter.facilitatorUserId) query = query.where('facilitator_user_id', '=', filter.facilitatorUserId);
  if (filter.partnerId) {
    const partnerId = filter.partnerId;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('partnership_partners')
        .select('partnership_id')
        .where('institution_id', '=', filter.institutionId)
        .where('partner_id', '=', partnerId),
    );
  }
  if (filter.programme) {
    const programme = filter.programme.toLowerCase();
    query = query.where((eb) => eb(eb.fn('lower', ['programme']), '=', programme));
  }
  // Each filter on its own: the category and the region may be met by different partners.
  if (filter.partnerCategory) {
    const category = filter.partnerCategory;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('partnership_partners')
        .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
        .select('partnership_partners.partnership_id')
        .where('partnership_partners.institution_id', '=', filter.institutionId)
        .where('partners.institution_id', '=', filter.institutionId)
        .where('partners.category', '=', category),
    );
  }
  if (filter.partnerRegion) {
    const region = filter.partnerRegion;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('partnership_partners')
        .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
        .select('partnership_partners.partnership_id')
        .where('partnership_partners.institution_id', '=', filter.institutionId)
        .where('partners.institution_id', '=', filter.institutionId)
        .where(`partners.${region.column}`, '=', region.code),
    );
  }
  if (filter.stageOnceIn) {
    const stages = filter.stageOnceIn;
    query = query.where((eb) =>
      eb.or([
        eb('stage', 'in', stages),
        eb(
          'id',
          'in',
          eb
            .selectFrom('partnership_stage_events')
            .select('partnership_id')
            .where('institution_id', '=', filter.institutionId)
            .where('to_stage', 'in', stages),
        ),
      ]),
    );
  }
  if (page.before) query = query.where('id', '<', page.before);
  return query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function replacePartnershipPartners(
  db: Db,
  institutionId: string,
  partnershipId: string,
  partnerIds: string[],
): Promise<void> {
  await db
    .deleteFrom('partnership_partners')
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .execute();
  if (partnerIds.length === 0) return;
  await db
    .insertInto('partnership_partners')
    .values(
      partnerIds.map((partnerId) => ({
        institution_id: institutionId,
        partnership_id: partnershipId,
        partner_id: partnerId,
      })),
    )
    .execute();
}

/** Partners of each partnership, with names, ordered by name. */
export async function listPartnershipPartners(
  db: Db,
  institutionId: string,
  partnershipIds: string[],
): Promise<{ partnership_id: string; id: string; name: string }[]> {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .select(['partnership_partners.partnership_id', 'partners.id', 'partners.name'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnership_partners.partnership_id', 'in', partnershipIds)
    .orderBy('partners.name_key')
    .orderBy('partners.id')
    .execute();
}

export async function insertStageEventRow(
  db: Db,
  row: Insertable<PartnershipStageEventsTable>,
): Promise<void> {
  await db.insertInto('partnership_stage_events').values(row).execute();
}

export async function listStageEventRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<StageEventRow[]> {
  return db
    .selectFrom('partnership_stage_events')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('id')
    .execute();
}

/** Interactions with findings about the partnership itself or about any of its partners. */
export async function countInteractionsWithFindings(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<number> {
  const row = await db
    .selectFrom('interactions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('institution_id', '=', institutionId)
    .where('has_findings', '=', 1)
    .where((eb) =>
      eb.or([
        eb('partnership_id', '=', partnershipId),
        eb(
          'id',
          'in',
          eb
            .selectFrom('interaction_partners')
            .select('interaction_id')
            .where('institution_id', '=', institutionId)
            .where(
              'partner_id',
              'in',
              eb
                .selectFrom('partnership_partners')
                .select('partner_id')
                .where('institution_id', '=', institutionId)
                .where('partnership_id', '=', partnershipId),
            ),
        ),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
