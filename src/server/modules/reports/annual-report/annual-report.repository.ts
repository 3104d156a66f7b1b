import type { Db } from '../../../db/database';

/**
 * What the annual report reads beside the dashboard figures, each query scoped to the institution.
 * Dates are compared as `YYYY-MM-DD` text, which orders the same on both databases.
 */

export function findReportInstitution(db: Db, institutionId: string) {
  return db
    .selectFrom('institutions')
    .select([
      'id',
      'name',
      'kind',
      'npsn',
      'address',
      'region_code',
      'time_zone',
      'operating_licence_number',
      'operating_licence_issued_on',
      'accreditation_grade',
      'created_at',
    ])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

export async function findRegionName(db: Db, code: string): Promise<string | null> {
  const row = await db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? null;
}

export function listCustomCategoryNames(db: Db, institutionId: string) {
  return db
    .selectFrom('partner_categories')
    .select(['code', 'name'])
    .where('institution_id', '=', institutionId)
    .execute();
}

export function listCustomPatternNames(db: Db, institutionId: string) {
  return db
    .selectFrom('partnership_patterns')
    .select(['code', 'name'])
    .where('institution_id', '=', institutionId)
    .execute();
}

/** Partnerships recorded by the end of the year, with their partners' names. */
export async function listReportPartnerships(db: Db, institutionId: string, createdBefore: string) {
  const partnerships = await db
    .selectFrom('partnerships')
    .select(['id', 'name', 'programme', 'pattern', 'stage'])
    .where('institution_id', '=', institutionId)
    .where('created_at', '<', createdBefore)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const links = await db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .select(['partnership_partners.partnership_id', 'partners.name'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .orderBy('partners.name')
    .execute();
  return partnerships.map((partnership) => ({
    ...partnership,
    partnerNames: links.filter((link) => link.partnership_id === partnership.id).map((link) => link.name),
  }));
}

/** Agreements in force at some point of the year (drafts left out: they bind no one yet). */
export function listReportAgreements(db: Db, institutionId: string, yearStart: string, yearEnd: string) {
  return db
    .selectFrom('agreements')
    .innerJoin('partners', 'partners.id', 'agreements.partner_id')
    .select([
      'agreements.kind',
      'agreements.subject',
      'agreements.status',
      'agreements.starts_on',
      'agreements.ends_on',
      'agreements.institution_number',
      'partners.name as partner_name',
    ])
    .where('agreements.institution_id', '=', institutionId)
    .where('agreements.status', '!=', 'draft')
    .where('agreements.starts_on', '<=', yearEnd)
    .where('agreements.ends_on', '>=', yearStart)
    .orderBy('agreements.starts_on')
    .orderBy('agreements.id')
    .execute();
}

/** Activities done with their end date in the year. */
export function listDoneActivities(db: Db, institutionId: string, yearStart: string, yearEnd: string) {
  return db
    .selectFrom('activities')
    .innerJoin('partnerships', 'partnerships.id', 'activities.partnership_id')
    .select([
      'activities.title',
      'activities.ended_on',
      'activities.outcome_kind',
      'activities.actual_quantity',
      'activities.outputs',
      'partnerships.name as partnership_name',
    ])
    .where('activities.institution_id', '=', institutionId)
    .where('activities.status', '=', 'done')
    .where('activities.ended_on', '>=', yearStart)
    .where('activities.ended_on', '<=', yearEnd)
    .orderBy('activities.ended_on')
    .orderBy('activities.id')
    .execute();
}
