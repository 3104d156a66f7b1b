import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { ActivitiesTable, ActivityEvidenceTable } from '../../db/schema';
import { deleteVersionedRow, updateVersionedRow } from '../../db/update-versioned-row';

export type ActivityRow = Selectable<ActivitiesTable>;

/** A plan item with its plan's cycle and approval, as activities refer to it. */
export interface PlanItemRow {
  id: string;
  work_plan_id: string;
  cycle_year: number;
  plan_title: string;
  plan_status: string;
  position: number;
  activity: string;
  target_quantity: number;
  target_unit: string;
  target_description: string;
  starts_on: string;
  ends_on: string;
  responsible_party: string;
  responsible_person: string | null;
}

/** Evidence with its stored file's facts. */
export interface EvidenceRow {
  id: string;
  activity_id: string;
  file_id: string;
  kind: string;
  caption: string | null;
  added_by_side: string;
  contributor_name: string | null;
  created_at: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
  storage_key: string;
}

/** More than a partnership records in years; keeps one answer bounded. */
const maxActivitiesPerPartnership = 1000;

export function findPartnershipRow(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('partnerships')
    .select(['id', 'name'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnershipId)
    .executeTakeFirst();
}

function selectPlanItems(db: Db, institutionId: string) {
  return db
    .selectFrom('work_plan_items')
    .innerJoin('work_plans', 'work_plans.id', 'work_plan_items.work_plan_id')
    .select([
      'work_plan_items.id',
      'work_plan_items.work_plan_id',
      'work_plans.cycle_year',
      'work_plans.title as plan_title',
      'work_plans.status as plan_status',
      'work_plan_items.position',
      'work_plan_items.activity',
      'work_plan_items.target_quantity',
      'work_plan_items.target_unit',
      'work_plan_items.target_description',
      'work_plan_items.starts_on',
      'work_plan_items.ends_on',
      'work_plan_items.responsible_party',
      'work_plan_items.responsible_person',
    ])
    .where('work_plan_items.institution_id', '=', institutionId)
    .where('work_plans.institution_id', '=', institutionId);
}

/** Every item of the partnership's plans, newest cycle first, in plan order. */
export function listPlanItemRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<PlanItemRow[]> {
  return selectPlanItems(db, institutionId)
    .where('work_plans.partnership_id', '=', partnershipId)
    .orderBy('work_plans.cycle_year', 'desc')
    .orderBy('work_plan_items.work_plan_id')
    .orderBy('work_plan_items.position')
    .execute();
}

export function findPlanItemRow(
  db: Db,
  institutionId: string,
  partnershipId: string,
  itemId: string,
): Promise<PlanItemRow | undefined> {
  return selectPlanItems(db, institutionId)
    .where('work_plans.partnership_id', '=', partnershipId)
    .where('work_plan_items.id', '=', itemId)
    .executeTakeFirst();
}

export function listActivityRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<ActivityRow[]> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('id')
    .limit(maxActivitiesPerPartnership)
    .execute();
}

export function findActivityRow(db: Db, institutionId: string, id: string): Promise<ActivityRow | undefined> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The item's newest activity: the one a partner's evidence belongs to. */
export function findNewestActivityOfItem(
  db: Db,
  institutionId: string,
  itemId: string,
): Promise<ActivityRow | undefined> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('work_plan_item_id', '=', itemId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function insertActivityRow(db: Db, row: Insertable<ActivitiesTable>): Promise<void> {
  await db.insertInto('activities').values(row).execute();
}

export function updateActivityRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<ActivitiesTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'activities', { institutionId, id, version }, changes);
}

/** A write that changes nothing: holds the activity's lock so concurrent uploads count in turn. */
export async function lockActivityRow(db: Db, institutionId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the activity, its evidence rows and their files rows; the bytes go after the commit. */
export async function deleteActivityRows(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  fileIds: string[],
): Promise<boolean> {
  await db
    .deleteFrom('activity_evidence')
    .where('institution_id', '=', institutionId)
    .where('activity_id', '=', id)
    .execute();
  if (fileIds.length > 0)
    await db
      .deleteFrom('files')
      .where('institution_id', '=', institutionId)
      .where('id', 'in', fileIds)
      .execute();
  return deleteVersionedRow(db, 'activities', { institutionId, id, version });
}

function selectEvidence(db: Db, institutionId: string) {
  return db
    .selectFrom('activity_evidence')
    .innerJoin('files', 'files.id', 'activity_evidence.file_id')
    .select([
      'activity_evidence.id',
      'activity_evidence.activity_id',
      'activity_evidence.file_id',
      'activity_evidence.kind',
      'activity_evidence.caption',
      'activity_evidence.added_by_side',
      'activity_evidence.contributor_name',
      'activity_evidence.created_at',
      'files.media_type',
      'files.size_bytes',
      'files.original_name',
      'files.storage_key',
    ])
    .where('activity_evidence.institution_id', '=', institutionId)
    .where('files.institution_id', '=', institutionId);
}

/** The evidence of the listed activities, oldest first within each. */
export async function listEvidenceRows(
  db: Db,
  institutionId: string,
  activityIds: string[],
): Promise<EvidenceRow[]> {
  if (activityIds.length === 0) return [];
  return selectEvidence(db, institutionId)
    .where('activity_evidence.activity_id', 'in', activityIds)
    .orderBy('activity_evidence.id')
    .execute();
}

export function findEvidenceRow(
  db: Db,
  institutionId: string,
  activityId: string,
  id: string,
): Promise<EvidenceRow | undefined> {
  return selectEvidence(db, institutionId)
    .where('activity_evidence.activity_id', '=', activityId)
    .where('activity_evidence.id', '=', id)
    .executeTakeFirst();
}

export async function countEvidenceRows(db: Db, institutionId: string, activityId: string): Promise<number> {
  const row = await db
    .selectFrom('activity_evidence')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('institution_id', '=', institutionId)
    .where('activity_id', '=', activityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertEvidenceRow(db: Db, row: Insertable<ActivityEvidenceTable>): Promise<void> {
  await db.insertInto('activity_evidence').values(row).execute();
}

export async function deleteEvidenceRows(
  db: Db,
  institutionId: string,
  evidence: { id: string; file_id: string },
): Promise<void> {
  await db
    .deleteFrom('activity_evidence')
    .where('institution_id', '=', institutionId)
    .where('id', '=', evidence.id)
    .execute();
  await db
    .deleteFrom('files')
    .where('institution_id', '=', institutionId)
    .where('id', '=', evidence.file_id)
    .execute();
}

/** The `activity_recorded` gate's fact: activities under way or done. */
export async function countStartedActivityRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<number> {
  const row = await db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('status', 'in', ['in_progress', 'done'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findInstitutionName(db: Db, institutionId: string): Promise<string> {
  const row = await db
    .selectFrom('institutions')
    .select('name')
    .where('id', '=', institutionId)
    .executeTakeFirst();
  return row?.name ?? '';
}

export async function listPartnerNames(
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

export function findUserRow(
  db: Db,
  institutionId: string,
  userId: string,
): Promise<{ id: string; name: string; email: string; role: string } | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .executeTakeFirst();
}
