import type { WorkPlan, WorkPlanItemView, WorkPlanSummary } from '../../../shared/contracts/work-plans';
import { rightsAndObligationsOf } from '../../../shared/domain/work-plan-items';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { toDomainItem, toWorkPlanItem, toWorkPlanReview, toWorkPlanSummary } from './work-plan-mappers';
import {
  findPlanPartnership,
  findWorkPlanRow,
  listWorkPlanItemRows,
  listWorkPlanReviewRows,
  listWorkPlanRows,
  type WorkPlanRow,
} from './work-plans.repository';

/** Another institution's plan is "not found", exactly like a missing one. */
export async function getWorkPlanRow(db: Db, institutionId: string, id: string): Promise<WorkPlanRow> {
  const row = await findWorkPlanRow(db, institutionId, id);
  if (!row) throw new AppError('WORK_PLAN_NOT_FOUND');
  return row;
}

export async function checkPartnership(db: Db, institutionId: string, partnershipId: string): Promise<void> {
  if (!(await findPlanPartnership(db, institutionId, partnershipId)))
    throw new AppError('PARTNERSHIP_NOT_FOUND');
}

export async function listWorkPlanItems(
  db: Db,
  institutionId: string,
  workPlanId: string,
): Promise<WorkPlanItemView[]> {
  return (await listWorkPlanItemRows(db, institutionId, [workPlanId])).map(toWorkPlanItem);
}

export async function toWorkPlan(db: Db, row: WorkPlanRow): Promise<WorkPlan> {
  const items = await listWorkPlanItems(db, row.institution_id, row.id);
  const reviews = await listWorkPlanReviewRows(db, row.institution_id, row.id);
  return {
    ...toWorkPlanSummary(row, items),
    items,
    rightsAndObligations: rightsAndObligationsOf(items.map(toDomainItem)),
    reviews: reviews.map(toWorkPlanReview),
  };
}

export async function getWorkPlan(db: Db, institutionId: string, id: string): Promise<WorkPlan> {
  return toWorkPlan(db, await getWorkPlanRow(db, institutionId, id));
}

/** The partnership's plans, newest cycle first, each with its item count and totals. */
export async function listWorkPlans(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<{ items: WorkPlanSummary[] }> {
  await checkPartnership(db, institutionId, partnershipId);
  const rows = await listWorkPlanRows(db, institutionId, partnershipId);
  const itemRows = await listWorkPlanItemRows(
    db,
    institutionId,
    rows.map((row) => row.id),
  );
  const byPlan = new Map<string, WorkPlanItemView[]>();
  for (const itemRow of itemRows) {
    const list = byPlan.get(itemRow.work_plan_id) ?? [];
    list.push(toWorkPlanItem(itemRow));
    byPlan.set(itemRow.work_plan_id, list);
  }
  return { items: rows.map((row) => toWorkPlanSummary(row, byPlan.get(row.id) ?? [])) };
}
