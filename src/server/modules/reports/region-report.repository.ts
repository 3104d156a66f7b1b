import type { Db } from '../../db/database';

export function findRegionRow(db: Db, code: string): Promise<{ code: string; name: string } | undefined> {
  return db.selectFrom('regions').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}

/** Institutions whose region lies within `code` (the code itself or below it), by name. */
export function listInstitutionsWithinRegion(db: Db, code: string, exceptId: string | null) {
  let query = db
    .selectFrom('institutions')
    .leftJoin('regions', 'regions.code', 'institutions.region_code')
    .select([
      'institutions.id',
      'institutions.name',
      'institutions.kind',
      'institutions.region_code',
      'regions.name as region_name',
      'institutions.latitude',
      'institutions.longitude',
    ])
    .where((eb) =>
      eb.or([eb('institutions.region_code', '=', code), eb('institutions.region_code', 'like', `${code}.%`)]),
    );
  if (exceptId) query = query.where('institutions.id', '!=', exceptId);
  return query.orderBy('institutions.name').orderBy('institutions.id').execute();
}

/** Located partners of the given institutions, one more than `cap` so the caller can tell it was cut. */
export function listPartnerPointsOfInstitutions(db: Db, institutionIds: string[], cap: number) {
  if (institutionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partners')
    .select(['id', 'institution_id', 'name', 'category', 'lat', 'lng'])
    .where('institution_id', 'in', institutionIds)
    .where('lat', 'is not', null)
    .where('lng', 'is not', null)
    .orderBy('institution_id')
    .orderBy('name_key')
    .orderBy('id')
    .limit(cap + 1)
    .execute();
}
