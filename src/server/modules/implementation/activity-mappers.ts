import type { Activity, ActivityEvidence, ActivityPlanItem } from '../../../shared/contracts/activities';
import type {
  ActivityParty,
  ActivityStatus,
  EvidenceKind,
  EvidenceSide,
  OutcomeKind,
} from '../../../shared/domain/activity-vocabulary';
import type { ResponsibleParty } from '../../../shared/domain/work-plan-items';
import type { ActivityRow, EvidenceRow, PlanItemRow } from './activities.repository';

export function toPlanItem(row: PlanItemRow): ActivityPlanItem {
  return {
    id: row.id,
    workPlanId: row.work_plan_id,
    cycleYear: row.cycle_year,
    activity: row.activity,
    target: {
      quantity: Number(row.target_quantity),
      unit: row.target_unit,
      description: row.target_description,
    },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    responsibleParty: row.responsible_party as ResponsibleParty,
    responsiblePerson: row.responsible_person,
  };
}

export function toEvidence(row: EvidenceRow): ActivityEvidence {
  return {
    id: row.id,
    kind: row.kind as EvidenceKind,
    caption: row.caption,
    side: row.added_by_side as EvidenceSide,
    contributorName: row.contributor_name,
    contentType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    fileName: row.original_name,
    createdAt: row.created_at,
  };
}

export function groupEvidence(rows: EvidenceRow[]): Map<string, ActivityEvidence[]> {
  const byActivity = new Map<string, ActivityEvidence[]>();
  for (const row of rows) {
    const list = byActivity.get(row.activity_id) ?? [];
    list.push(toEvidence(row));
    byActivity.set(row.activity_id, list);
  }
  return byActivity;
}

export function toActivity(
  row: ActivityRow,
  planItem: ActivityPlanItem | null,
  evidence: ActivityEvidence[],
): Activity {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    planItem,
    unplanned: planItem === null,
    title: row.title,
    status: row.status as ActivityStatus,
    carriedOutBy: row.carried_out_by as ActivityParty,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    actualQuantity: row.actual_quantity === null ? null : Number(row.actual_quantity),
    outcomeKind: row.outcome_kind as OutcomeKind | null,
    outputs: row.outputs,
    notes: row.notes,
    institutionSpentRupiah: Number(row.institution_spent_rupiah),
    partnerSpentRupiah: Number(row.partner_spent_rupiah),
    evidence,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the audit keeps of an activity: its fields, not its evidence list (that has its own rows). */
export function auditedActivity(activity: Activity) {
  const { evidence: _evidence, planItem, ...fields } = activity;
  return { ...fields, workPlanItemId: planItem?.id ?? null };
}
