import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { MonitoringVisitsTable, PartnershipProblemsTable } from '../../db/schema';
import { deleteVersionedRow, updateVersionedRow } from '../../db/update-versioned-row';

export type ProblemRow = Selectable<PartnershipProblemsTable> & { activity_title: string | null };
export type MonitoringVisitRow = Selectable<MonitoringVisitsTable>;

/** A work plan item with its partnership: the plan deviations are measured against. */
export interface PlanItemRow {
  id: string;
  partnership_id: string;
  activity: string;
  starts_on: string;
  ends_on: string;
  target_quantity: number | string;
  target_unit: string;
  responsible_party: string;
  institution_contribution_rupiah: number | string;
  partner_contribution_rupiah: number | string;
}

export interface ActivityFactRow {
  id: string;
  partnership_id: string;
  work_plan_item_id: string | null;
  title: string;
  status: string;
  started_on: string | null;
  ended_on: string | null;
  actual_quantity: number | string | null;
  institution_spent_rupiah: number | string;
  partner_spent_rupiah: number | string;
  evidence_count: number | string;
}

export interface MonitoredPartnershipRow {
  id: string;
  name: string;
  stage: string;
  facilitator_name: string | null;
}

/** Bounds one page's lists; a partnership logs far fewer problems and visits in a cycle. */
const maxRows = 500;

export function findInstitutionRow(
  db: Db,
  institutionId: string,
): Promise<{ name: string; address: string | null; time_zone: string } | undefined> {
  return db
    .selectFrom('institutions')
    .select(['name', 'address', 'time_zone'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

export function findMonitoredPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<MonitoredPartnershipRow | undefined> {
  return db
    .selectFrom('partnerships')
    .leftJoin('users', 'users.id', 'partnerships.facilitator_user_id')
    .select(['partnerships.id', 'partnerships.name', 'partnerships.stage', 'users.name as facilitator_name'])
    .where('partnerships.institution_id', '=', institutionId)
    .where('partnerships.id', '=', partnershipId)
    .executeTakeFirst();
}

export function listPartnershipsInStages(
  db: Db,
  institutionId: string,
  stages: readonly string[],
  partnershipId: string | undefined,
): Promise<MonitoredPartnershipRow[]> {
  let query = db
    .selectFrom('partnerships')
    .leftJoin('users', 'users.id', 'partnerships.facilitator_user_id')
    .select(['partnerships.id', 'partnerships.name', 'partnerships.stage', 'users.name as facilitator_name'])
    .where('partnerships.institution_id', '=', institutionId)
    .where('partnerships.stage', 'in', [...stages]);
  if (partnershipId) query = query.where('partnerships.id', '=', partnershipId);
  return query.orderBy('partnerships.name').limit(maxRows).execute();
}

/** Items of every plan of the given partnerships, in one query whatever their number. */
export function listPlanItemRows(
  db: Db,
  institutionId: string,
  partnershipIds: string[],
): Promise<PlanItemRow[]> {
  if (partnershipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('work_plan_items')
    .innerJoin('work_plans', 'work_plans.id', 'work_plan_items.work_plan_id')
    .select([
      'work_plan_items.id',
      'work_plans.partnership_id',
      'work_plan_items.activity',
      'work_plan_items.starts_on',
      'work_plan_items.ends_on',
      'work_plan_items.target_quantity',
      'work_plan_items.target_unit',
      'work_plan_items.responsible_party',
      'work_plan_items.institution_contribution_rupiah',
      'work_plan_items.partner_contribution_rupiah',
    ])
    .where('work_plans.institution_id', '=', institutionId)
    .where('work_plan_items.institution_id', '=', institutionId)
    .where('work_plans.partnership_id', 'in', partnershipIds)
    .orderBy('work_plans.cycle_year')
    .orderBy('work_plan_items.position')
    .execute();
}

/** Activities of the given partnerships with how many pieces of evidence each has. */
export function listActivityFactRows(
  db: Db,
  institutionId: string,
  partnershipIds: string[],
): Promise<ActivityFactRow[]> {
  if (partnershipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('activities')
    .select((eb) => [
      'activities.id',
      'activities.partnership_id',
      'activities.work_plan_item_id',
      'activities.title',
      'activities.status',
      'activities.started_on',
      'activities.ended_on',
      'activities.actual_quantity',
      'activities.institution_spent_rupiah',
      'activities.partner_spent_rupiah',
      eb
        .selectFrom('activity_evidence')
        .select((inner) => inner.fn.countAll<number | string>().as('n'))
        .where('activity_evidence.institution_id', '=', institutionId)
        .whereRef('activity_evidence.activity_id', '=', 'activities.id')
        .as('evidence_count'),
    ])
    .where('activities.institution_id', '=', institutionId)
    .where('activities.partnership_id', 'in', partnershipIds)
    .orderBy('activities.created_at')
    .orderBy('activities.id')
    .execute() as Promise<ActivityFactRow[]>;
}

export function findActivityTitleOfPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
  activityId: string,
): Promise<{ title: string } | undefined> {
  return db
    .selectFrom('activities')
    .select('title')
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('id', '=', activityId)
    .executeTakeFirst();
}

function problemQuery(db: Db, institutionId: string) {
  return db
    .selectFrom('partnership_problems')
    .leftJoin('activities', 'activities.id', 'partnership_problems.activity_id')
    .selectAll('partnership_problems')
    .select('activities.title as activity_title')
    .where('partnership_problems.institution_id', '=', institutionId);
}

/** Open ones first by due date, solved ones last. */
export function listProblemRows(db: Db, institutionId: string, partnershipId: string): Promise<ProblemRow[]> {
  return problemQuery(db, institutionId)
    .where('partnership_problems.partnership_id', '=', partnershipId)
    .orderBy((eb) => eb.case().when('partnership_problems.status', '=', 'solved').then(1).else(0).end())
    .orderBy('partnership_problems.created_at')
    .orderBy('partnership_problems.id')
    .limit(maxRows)
    .execute();
}

export function findProblemRow(
  db: Db,
  institutionId: string,
  problemId: string,
): Promise<ProblemRow | undefined> {
  return problemQuery(db, institutionId).where('partnership_problems.id', '=', problemId).executeTakeFirst();
}

export async function insertProblemRow(db: Db, row: Insertable<PartnershipProblemsTable>): Promise<void> {
  await db.insertInto('partnership_problems').values(row).execute();
}

export function updateProblemRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<PartnershipProblemsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'partnership_problems', { institutionId, id, version }, changes);
}

export async function deleteProblemRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  return deleteVersionedRow(db, 'partnership_problems', { institutionId, id, version });
}

/** Newest visit first. */
export function listVisitRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<MonitoringVisitRow[]> {
  return db
    .selectFrom('monitoring_visits')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('visited_on', 'desc')
    .orderBy('id', 'desc')
    .limit(maxRows)
    .execute();
}

export function findVisitRow(
  db: Db,
  institutionId: string,
  visitId: string,
): Promise<MonitoringVisitRow | undefined> {
  return db
    .selectFrom('monitoring_visits')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', visitId)
    .executeTakeFirst();
}

export async function insertVisitRow(db: Db, row: Insertable<MonitoringVisitsTable>): Promise<void> {
  await db.insertInto('monitoring_visits').values(row).execute();
}

export function updateVisitRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<MonitoringVisitsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'monitoring_visits', { institutionId, id, version }, changes);
}

export async function deleteVisitRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  return deleteVersionedRow(db, 'monitoring_visits', { institutionId, id, version });
}

/** The partnership's partners as the berita acara names them: name and address. */
export function listPartnerPartiesOf(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<{ name: string; address: string | null }[]> {
  return db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .select(['partners.name', 'partners.address'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnership_partners.partnership_id', '=', partnershipId)
    .orderBy('partners.name_key')
    .execute();
}

export async function findUserNameOf(db: Db, institutionId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('name')
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.name ?? null;
}
