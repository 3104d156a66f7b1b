import type { WorkPlanStatus } from '../../../shared/contracts/work-plans';
import type { WorkPlanItem } from '../../../shared/domain/work-plan-items';
import type { Db } from '../../db/database';
import { listWorkPlanItems } from './get-work-plan';
import { toDomainItem } from './work-plan-mappers';
import { countItemsOfPartnership, listWorkPlanRows } from './work-plans.repository';

export interface AgreedWorkPlan {
  id: string;
  cycleYear: number;
  status: WorkPlanStatus;
  items: WorkPlanItem[];
}

/**
 * The plan an agreement is filled from: the newest cycle the partner approved, else the newest plan
 * (a draft agreement may be prepared while the plan is still being reviewed).
 */
export async function findAgreedWorkPlan(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<AgreedWorkPlan | null> {
  const rows = await listWorkPlanRows(db, institutionId, partnershipId);
  const chosen = rows.find((row) => row.status === 'approved') ?? rows[0];
  if (!chosen) return null;
  const items = await listWorkPlanItems(db, institutionId, chosen.id);
  return {
    id: chosen.id,
    cycleYear: chosen.cycle_year,
    status: chosen.status as WorkPlanStatus,
    items: items.map(toDomainItem),
  };
}

/** How many activities the partnership's plans hold (the `work_plan_exists` stage gate). */
export function countWorkPlanItemsOfPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<number> {
  return countItemsOfPartnership(db, institutionId, partnershipId);
}
