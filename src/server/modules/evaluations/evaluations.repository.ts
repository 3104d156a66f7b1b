import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type {
  EvaluationImprovementsTable,
  EvaluationItemsTable,
  EvaluationsTable,
  FollowUpPlanRowsTable,
} from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type EvaluationRow = Selectable<EvaluationsTable>;
export type EvaluationItemRow = Selectable<EvaluationItemsTable>;
export type ImprovementRow = Selectable<EvaluationImprovementsTable>;
export type FollowUpPlanRow = Selectable<FollowUpPlanRowsTable>;

/** More cycles than a partnership ever runs; keeps one answer bounded. */
const maxEvaluationsPerPartnership = 100;

export async function insertEvaluationRow(db: Db, row: Insertable<EvaluationsTable>): Promise<void> {
  await db.insertInto('evaluations').values(row).execute();
}

export function findEvaluationRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<EvaluationRow | undefined> {
  return db
    .selectFrom('evaluations')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findEvaluationRowOfCycle(
  db: Db,
  institutionId: string,
  partnershipId: string,
  cycleYear: number,
): Promise<EvaluationRow | undefined> {
  return db
    .selectFrom('evaluations')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('cycle_year', '=', cycleYear)
    .executeTakeFirst();
}

/** Newest cycle first. */
export function listEvaluationRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<EvaluationRow[]> {
  return db
    .selectFrom('evaluations')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('cycle_year', 'desc')
    .orderBy('id', 'desc')
    .limit(maxEvaluationsPerPartnership)
    .execute();
}

export function updateEvaluationRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<EvaluationsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'evaluations', { institutionId, id, version }, changes);
}

export async function insertEvaluationItemRows(
  db: Db,
  rows: Insertable<EvaluationItemsTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('evaluation_items').values(rows).execute();
}

export function listEvaluationItemRows(
  db: Db,
  institutionId: string,
  evaluationId: string,
): Promise<EvaluationItemRow[]> {
  return db
    .selectFrom('evaluation_items')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('evaluation_id', '=', evaluationId)
    .orderBy('position')
    .execute();
}

export async function updateEvaluationItemRow(
  db: Db,
  institutionId: string,
  id: string,
  changes: Updateable<EvaluationItemsTable>,
): Promise<void> {
  await db
    .updateTable('evaluation_items')
    .set(changes)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export function listImprovementRows(
  db: Db,
  institutionId: string,
  evaluationId: string,
): Promise<ImprovementRow[]> {
  return db
    .selectFrom('evaluation_improvements')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('evaluation_id', '=', evaluationId)
    .orderBy('position')
    .execute();
}

export async function replaceImprovementRows(
  db: Db,
  institutionId: string,
  evaluationId: string,
  rows: Insertable<EvaluationImprovementsTable>[],
): Promise<void> {
  await db
    .deleteFrom('evaluation_improvements')
    .where('institution_id', '=', institutionId)
    .where('evaluation_id', '=', evaluationId)
    .execute();
  if (rows.length > 0) await db.insertInto('evaluation_improvements').values(rows).execute();
}

export function listFollowUpPlanRows(
  db: Db,
  institutionId: string,
  evaluationId: string,
): Promise<FollowUpPlanRow[]> {
  return db
    .selectFrom('follow_up_plan_rows')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('evaluation_id', '=', evaluationId)
    .orderBy('position')
    .execute();
}

export async function replaceFollowUpPlanRows(
  db: Db,
  institutionId: string,
  evaluationId: string,
  rows: Insertable<FollowUpPlanRowsTable>[],
): Promise<void> {
  await db
    .deleteFrom('follow_up_plan_rows')
    .where('institution_id', '=', institutionId)
    .where('evaluation_id', '=', evaluationId)
    .execute();
  if (rows.length > 0) await db.insertInto('follow_up_plan_rows').values(rows).execute();
}

export function findPartnershipOfEvaluation(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('partnerships')
    .select(['id', 'name', 'stage', 'version'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnershipId)
    .executeTakeFirst();
}

export function findWorkPlanOfCycle(db: Db, institutionId: string, partnershipId: string, cycleYear: number) {
  return db
    .selectFrom('work_plans')
    .select(['id', 'title', 'cycle_year'])
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('cycle_year', '=', cycleYear)
    .executeTakeFirst();
}

export function listPlanItemRows(db: Db, institutionId: string, workPlanId: string) {
  return db
    .selectFrom('work_plan_items')
    .select([
      'id',
      'activity',
      'starts_on',
      'ends_on',
      'target_quantity',
      'target_unit',
      'target_description',
      'position',
    ])
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', workPlanId)
    .orderBy('position')
    .execute();
}
export type PlanItemRow = Awaited<ReturnType<typeof listPlanItemRows>>[number];

/** Activities recorded against the given plan items (step 8), for plan against actual. */
export async function listActivitiesOfItems(db: Db, institutionId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('activities')
    .select(['work_plan_item_id', 'status', 'actual_quantity'])
    .where('institution_id', '=', institutionId)
    .where('work_plan_item_id', 'in', [...itemIds])
    .execute();
}
export type ItemActivityRow = Awaited<ReturnType<typeof listActivitiesOfItems>>[number];

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

/** The partnership's agreement in force that runs longest; an addendum or extension hangs off it. */
export function findActiveAgreementOfPartnership(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('agreements')
    .select(['id', 'starts_on', 'ends_on'])
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('status', '=', 'active')
    .orderBy('ends_on', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The stage gates' facts: evaluations with the institution's part filled, and their decisions. */
export function listEvaluationFactRows(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('evaluations')
    .select(['goals_summary', 'institution_satisfaction', 'decision'])
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .execute();
}

export async function findUserEmail(db: Db, institutionId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.email ?? null;
}
