import type { Activity, ActivityList } from '../../../shared/contracts/activities';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import {
  findActivityRow,
  findPartnershipRow,
  findPlanItemRow,
  listActivityRows,
  listEvidenceRows,
  listPlanItemRows,
  type ActivityRow,
  type PlanItemRow,
} from './activities.repository';
import { groupEvidence, toActivity, toPlanItem } from './activity-mappers';

/**
 * The plan activities are recorded against: the newest approved plan, else the newest one. Rows
 * come newest cycle first.
 */
export function currentPlanItems(rows: PlanItemRow[]): PlanItemRow[] {
  const current = rows.find((row) => row.plan_status === 'approved') ?? rows[0];
  return current ? rows.filter((row) => row.work_plan_id === current.work_plan_id) : [];
}

/** By start date, activities not started yet last (both databases order nulls differently). */
function byStart(a: ActivityRow, b: ActivityRow): number {
  const left = a.started_on ?? '9999-12-31';
  const right = b.started_on ?? '9999-12-31';
  return left === right ? (a.id < b.id ? -1 : 1) : left < right ? -1 : 1;
}

export async function requirePartnership(db: Db, institutionId: string, partnershipId: string) {
  const partnership = await findPartnershipRow(db, institutionId, partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  return partnership;
}

export async function listActivities(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<ActivityList> {
  await requirePartnership(db, institutionId, partnershipId);
  const [unordered, itemRows] = await Promise.all([
    listActivityRows(db, institutionId, partnershipId),
    listPlanItemRows(db, institutionId, partnershipId),
  ]);
  const rows = [...unordered].sort(byStart);
  const items = new Map(itemRows.map((row) => [row.id, toPlanItem(row)]));
  const evidence = groupEvidence(
    await listEvidenceRows(
      db,
      institutionId,
      rows.map((row) => row.id),
    ),
  );
  return {
    items: rows.map((row) =>
      toActivity(
        row,
        (row.work_plan_item_id && items.get(row.work_plan_item_id)) || null,
        evidence.get(row.id) ?? [],
      ),
    ),
    planItems: currentPlanItems(itemRows).map(toPlanItem),
  };
}

export async function getActivity(db: Db, institutionId: string, activityId: string): Promise<Activity> {
  const row = await findActivityRow(db, institutionId, activityId);
  if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
  const item = row.work_plan_item_id
    ? await findPlanItemRow(db, institutionId, row.partnership_id, row.work_plan_item_id)
    : undefined;
  const evidence = groupEvidence(await listEvidenceRows(db, institutionId, [row.id]));
  return toActivity(row, item ? toPlanItem(item) : null, evidence.get(row.id) ?? []);
}
