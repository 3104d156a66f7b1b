import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { HolidaysTable, OccasionsTable } from '../../db/schema';
import { deleteVersionedRow, updateVersionedRow } from '../../db/update-versioned-row';

export type HolidayRow = Selectable<HolidaysTable>;
export type OccasionRow = Selectable<OccasionsTable>;

export interface InstitutionCareRow {
  name: string;
  time_zone: string;
  observes_cuti_bersama: number;
}

export function findInstitutionCareRow(
  db: Db,
  institutionId: string,
): Promise<InstitutionCareRow | undefined> {
  return db
    .selectFrom('institutions')
    .select(['name', 'time_zone', 'observes_cuti_bersama'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

export async function setObservesCutiBersama(db: Db, institutionId: string, value: boolean): Promise<void> {
  await db
    .updateTable('institutions')
    .set({ observes_cuti_bersama: value ? 1 : 0 })
    .where('id', '=', institutionId)
    .execute();
}

export function listHolidayRowsOfYears(
  db: Db,
  institutionId: string,
  years: number[],
): Promise<HolidayRow[]> {
  if (years.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('holidays')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('year', 'in', years)
    .orderBy('date')
    .orderBy('kind', 'desc')
    .execute();
}

export async function listCopiedYears(db: Db, institutionId: string, years: number[]): Promise<Set<number>> {
  if (years.length === 0) return new Set();
  const rows = await db
    .selectFrom('holidays')
    .select('year')
    .distinct()
    .where('institution_id', '=', institutionId)
    .where('year', 'in', years)
    .execute();
  return new Set(rows.map((row) => Number(row.year)));
}

export function findHolidayRow(db: Db, institutionId: string, id: string): Promise<HolidayRow | undefined> {
  return db
    .selectFrom('holidays')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertHolidayRows(db: Db, rows: Insertable<HolidaysTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('holidays').values(rows).execute();
}

export function updateHolidayRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<HolidaysTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'holidays', { institutionId, id, version }, changes);
}

export async function deleteHolidayRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  return deleteVersionedRow(db, 'holidays', { institutionId, id, version });
}

export function listOccasionRows(db: Db, institutionId: string): Promise<OccasionRow[]> {
  return db.selectFrom('occasions').selectAll().where('institution_id', '=', institutionId).execute();
}

export function findOccasionRow(db: Db, institutionId: string, id: string): Promise<OccasionRow | undefined> {
  return db
    .selectFrom('occasions')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertOccasionRow(db: Db, row: Insertable<OccasionsTable>): Promise<void> {
  await db.insertInto('occasions').values(row).execute();
}

export function updateOccasionRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<OccasionsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'occasions', { institutionId, id, version }, changes);
}

export async function deleteOccasionRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  return deleteVersionedRow(db, 'occasions', { institutionId, id, version });
}

export interface PartnerDateRow {
  id: string;
  name: string;
  founded_on: string | null;
  facilitator_user_id: string | null;
}

/** The institution's partners with their facilitator, for anniversaries and names. */
export function listLivePartners(db: Db, institutionId: string): Promise<PartnerDateRow[]> {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'founded_on', 'facilitator_user_id'])
    .where('institution_id', '=', institutionId)
    .execute();
}

export interface SignedAgreementRow {
  id: string;
  partner_id: string;
  subject: string;
  kind: string;
  institution_number: string | null;
  dated_on: string | null;
  activated_at: string | null;
}

/** Agreements that were signed by every party (activated), whatever happened to them since. */
export function listSignedAgreements(db: Db, institutionId: string): Promise<SignedAgreementRow[]> {
  return db
    .selectFrom('agreements')
    .select(['id', 'partner_id', 'subject', 'kind', 'institution_number', 'dated_on', 'activated_at'])
    .where('institution_id', '=', institutionId)
    .where('activated_at', 'is not', null)
    .execute();
}

export function partnerExists(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('partners')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}
