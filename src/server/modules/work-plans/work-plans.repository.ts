import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { WorkPlanItemsTable, WorkPlanReviewsTable, WorkPlansTable } from '../../db/schema';
import { deleteVersionedRow, updateVersionedRow } from '../../db/update-versioned-row';

export type WorkPlanRow = Selectable<WorkPlansTable>;
export type WorkPlanItemRow = Selectable<WorkPlanItemsTable>;
export type WorkPlanReviewRow = Selectable<WorkPlanReviewsTable>;

/** More cycles than a partnership ever runs; keeps one answer bounded. */
const maxPlansPerPartnership = 100;

export async function insertWorkPlanRow(db: Db, row: Insertable<WorkPlansTable>): Promise<void> {
  await db.insertInto('work_plans').values(row).execute();
}

export function findWorkPlanRow(db: Db, institutionId: string, id: string): Promise<WorkPlanRow | undefined> {
  return db
    .selectFrom('work_plans')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findWorkPlanRowOfCycle(
  db: Db,
  institutionId: string,
  partnershipId: string,
  cycleYear: number,
): Promise<WorkPlanRow | undefined> {
  return db
    .selectFrom('work_plans')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('cycle_year', '=', cycleYear)
    .executeTakeFirst();
}

/** Newest cycle first. */
export function listWorkPlanRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<WorkPlanRow[]> {
  return db
    .selectFrom('work_plans')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('cycle_year', 'desc')
    .orderBy('id', 'desc')
    .limit(maxPlansPerPartnership)
    .execute();
}

export function updateWorkPlanRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<WorkPlansTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'work_plans', { institutionId, id, version }, changes);
}

export async function deleteWorkPlanRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  await db
    .deleteFrom('work_plan_items')
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', id)
    .execute();
  await db
    .deleteFrom('work_plan_reviews')
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', id)
    .execute();
  return deleteVersionedRow(db, 'work_plans', { institutionId, id, version });
}

export function listWorkPlanItemRows(
  db: Db,
  institutionId: string,
  workPlanIds: string[],
): Promise<WorkPlanItemRow[]> {
  if (workPlanIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('work_plan_items')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', 'in', workPlanIds)
    .orderBy('work_plan_id')
    .orderBy('position')
    .execute();
}

export async function replaceWorkPlanItemRows(
  db: Db,
  institutionId: string,
  workPlanId: string,
  rows: Insertable<WorkPlanItemsTable>[],
): Promise<void> {
  await db
    .deleteFrom('work_plan_items')
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', workPlanId)
    .execute();
  if (rows.length > 0) await db.insertInto('work_plan_items').values(rows).execute();
}

/** Removes the plan's items not kept; activities on them become unplanned (ON DELETE SET NULL). */
export async function deleteWorkPlanItemRowsExcept(
  db: Db,
  institutionId: string,
  workPlanId: string,
  keptIds: string[],
): Promise<void> {
  let query = db
    .deleteFrom('work_plan_items')
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', workPlanId);
  if (keptIds.length > 0) query = query.where('id', 'not in', keptIds);
  await query.execute();
}

/** Rewrites a kept item's fields; its id and evaluation note stay. */
export async function updateWorkPlanItemRow(
  db: Db,
  institutionId: string,
  workPlanId: string,
  id: string,
  changes: Updateable<WorkPlanItemsTable>,
): Promise<void> {
  await db
    .updateTable('work_plan_items')
    .set(changes)
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', workPlanId)
    .where('id', '=', id)
    .execute();
}

export async function insertWorkPlanItemRows(db: Db, rows: Insertable<WorkPlanItemsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('work_plan_items').values(rows).execute();
}

export async function insertWorkPlanReviewRow(db: Db, row: Insertable<WorkPlanReviewsTable>): Promise<void> {
  await db.insertInto('work_plan_reviews').values(row).execute();
}

/** Oldest first, as a history reads. */
export function listWorkPlanReviewRows(
  db: Db,
  institutionId: string,
  workPlanId: string,
): Promise<WorkPlanReviewRow[]> {
  return db
    .selectFrom('work_plan_reviews')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', workPlanId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findPlanPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<{ id: string; name: string; programme: string | null } | undefined> {
  return db
    .selectFrom('partnerships')
    .select(['id', 'name', 'programme'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnershipId)
    .executeTakeFirst();
}

export async function listPlanPartnerNames(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .select('partners.name')
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnership_partners.partnership_id', '=', partnershipId)
    .orderBy('partners.name_key')
    .execute();
  return rows.map((row) => row.name);
}

export async function findInstitutionName(db: Db, institutionId: string): Promise<string> {
  const row = await db
    .selectFrom('institutions')
    .select('name')
    .where('id', '=', institutionId)
    .executeTakeFirst();
  return row?.name ?? '';
}

export async function findUserName(db: Db, institutionId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('name')
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** The `work_plan_exists` gate's fact: items across the partnership's plans. */
export async function countItemsOfPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<number> {
  const row = await db
    .selectFrom('work_plan_items')
    .innerJoin('work_plans', 'work_plans.id', 'work_plan_items.work_plan_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('work_plans.institution_id', '=', institutionId)
    .where('work_plan_items.institution_id', '=', institutionId)
    .where('work_plans.partnership_id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
