import type { DeviationView, MonitoringVisit, Problem } from '../../../shared/contracts/monitoring';
import type { ActivityStatus } from '../../../shared/domain/activity-vocabulary';
import type { Deviation, DeviationActivity, DeviationPlanItem } from '../../../shared/domain/deviation-rules';
import type { ProblemStatus } from '../../../shared/domain/monitoring-vocabulary';
import type { ResponsibleParty } from '../../../shared/domain/work-plan-items';
import type { ActivityFactRow, MonitoringVisitRow, PlanItemRow, ProblemRow } from './monitoring.repository';

export function toPlanItem(row: PlanItemRow): DeviationPlanItem {
  return {
    id: row.id,
    activity: row.activity,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    targetQuantity: Number(row.target_quantity),
    targetUnit: row.target_unit,
    responsibleParty: row.responsible_party as ResponsibleParty,
    contributions: {
      institution: Number(row.institution_contribution_rupiah),
      partner: Number(row.partner_contribution_rupiah),
    },
  };
}

export function toDeviationActivity(row: ActivityFactRow): DeviationActivity {
  return {
    id: row.id,
    workPlanItemId: row.work_plan_item_id,
    title: row.title,
    status: row.status as ActivityStatus,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    actualQuantity: row.actual_quantity === null ? null : Number(row.actual_quantity),
    evidenceCount: Number(row.evidence_count),
    spent: { institution: Number(row.institution_spent_rupiah), partner: Number(row.partner_spent_rupiah) },
  };
}

/** Adds the names a sentence about the deviation needs. */
export function toDeviationView(
  deviation: Deviation,
  items: Map<string, DeviationPlanItem>,
  activities: Map<string, DeviationActivity>,
): DeviationView {
  const item = deviation.itemId ? items.get(deviation.itemId) : undefined;
  const activity = deviation.activityId ? activities.get(deviation.activityId) : undefined;
  return {
    ...deviation,
    itemActivity: item?.activity ?? null,
    activityTitle: activity?.title ?? null,
    unit: deviation.kind === 'indicator_behind' ? (item?.targetUnit ?? null) : null,
  };
}

export function toProblem(row: ProblemRow): Problem {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    activityId: row.activity_id,
    activityTitle: row.activity_title,
    problem: row.problem,
    cause: row.cause,
    solution: row.solution,
    ownerName: row.owner_name,
    dueOn: row.due_on,
    status: row.status as ProblemStatus,
    solvedAt: row.solved_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One name per line in the row, as the migration stores them. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function toVisit(row: MonitoringVisitRow): MonitoringVisit {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    visitedOn: row.visited_on,
    place: row.place,
    visitors: linesOf(row.visitors),
    partnerAttendees: linesOf(row.partner_attendees),
    findings: row.findings,
    recommendations: row.recommendations,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
