import type {
  EvaluationItem,
  EvaluationSummary,
  FollowUpRow,
  Improvement,
} from '../../../shared/contracts/evaluations';
import type {
  EvaluationDecision,
  EvaluationOutcome,
  GoalReached,
  ImprovementStatus,
} from '../../../shared/domain/evaluation-vocabulary';
import type {
  EvaluationItemRow,
  EvaluationRow,
  FollowUpPlanRow,
  ImprovementRow,
  ItemActivityRow,
  PlanItemRow,
} from './evaluations.repository';
import { actualOfActivities, suggestOutcome, type ItemActivity } from './suggest-outcome';

/** The institution's part counts as given once it says what was reached and how satisfied it is. */
export function institutionPartFilled(
  row: Pick<EvaluationRow, 'goals_summary' | 'institution_satisfaction'>,
): boolean {
  return Boolean(row.goals_summary?.trim()) && row.institution_satisfaction !== null;
}

export function toEvaluationSummary(row: EvaluationRow): EvaluationSummary {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    workPlanId: row.work_plan_id,
    cycleYear: row.cycle_year,
    institutionPartFilled: institutionPartFilled(row),
    partnerSubmittedAt: row.partner_submitted_at,
    decision: row.decision as EvaluationDecision | null,
    nextWorkPlanId: row.next_work_plan_id,
    followUpAgreementId: row.follow_up_agreement_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function activitiesByItem(rows: readonly ItemActivityRow[]): Map<string, ItemActivity[]> {
  const byItem = new Map<string, ItemActivity[]>();
  for (const row of rows) {
    if (!row.work_plan_item_id) continue;
    const list = byItem.get(row.work_plan_item_id) ?? [];
    list.push({
      status: row.status,
      actualQuantity: row.actual_quantity === null ? null : Number(row.actual_quantity),
    });
    byItem.set(row.work_plan_item_id, list);
  }
  return byItem;
}

export function toPlanned(item: PlanItemRow | undefined): EvaluationItem['planned'] {
  if (!item) return null;
  return {
    startsOn: item.starts_on,
    endsOn: item.ends_on,
    targetQuantity: Number(item.target_quantity),
    targetUnit: item.target_unit,
    targetDescription: item.target_description,
  };
}

export function toEvaluationItem(
  row: EvaluationItemRow,
  planItem: PlanItemRow | undefined,
  activities: readonly ItemActivity[],
): EvaluationItem {
  return {
    id: row.id,
    workPlanItemId: row.work_plan_item_id,
    position: row.position,
    activity: row.activity,
    outcome: row.outcome as EvaluationOutcome,
    suggestedOutcome: suggestOutcome(activities),
    goalReached: row.goal_reached as GoalReached,
    note: row.note,
    planned: toPlanned(planItem),
    actual: actualOfActivities(activities),
  };
}

export function toImprovement(row: ImprovementRow): Improvement {
  return {
    id: row.id,
    improvement: row.improvement,
    ownerName: row.owner_name,
    dueOn: row.due_on,
    status: row.status as ImprovementStatus,
  };
}

export function toFollowUpRow(row: FollowUpPlanRow): FollowUpRow {
  return {
    id: row.id,
    activity: row.activity,
    target: row.target,
    timing: row.timing,
    personResponsible: row.person_responsible,
    successIndicator: row.success_indicator,
  };
}
