import type { Insertable } from 'kysely';
import type {
  WorkPlanItemView,
  WorkPlanReview,
  WorkPlanStatus,
  WorkPlanSummary,
} from '../../../shared/contracts/work-plans';
import {
  workPlanTotals,
  type ResponsibleParty,
  type WorkPlanItem,
} from '../../../shared/domain/work-plan-items';
import type { WorkPlanItemsTable } from '../../db/schema';
import type { WorkPlanItemRow, WorkPlanReviewRow, WorkPlanRow } from './work-plans.repository';

export function toWorkPlanItem(row: WorkPlanItemRow): WorkPlanItemView {
  return {
    id: row.id,
    activity: row.activity,
    objective: row.objective,
    responsibleParty: row.responsible_party as ResponsibleParty,
    responsiblePerson: row.responsible_person,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    budgetRupiah: Number(row.budget_rupiah),
    contributions: {
      institution: Number(row.institution_contribution_rupiah),
      partner: Number(row.partner_contribution_rupiah),
    },
    target: {
      quantity: Number(row.target_quantity),
      unit: row.target_unit,
      description: row.target_description,
    },
    aspirations: { institution: row.institution_aspiration, partner: row.partner_aspiration },
    evaluationNote: row.evaluation_note,
  };
}

/** The domain's item, without the row id: what totals, duties and documents are computed from. */
export function toDomainItem(item: WorkPlanItemView): WorkPlanItem {
  const { id: _id, evaluationNote: _note, ...rest } = item;
  return rest;
}

export function toItemRow(
  item: WorkPlanItem,
  key: { id: string; institutionId: string; workPlanId: string; position: number },
): Insertable<WorkPlanItemsTable> {
  return {
    id: key.id,
    institution_id: key.institutionId,
    work_plan_id: key.workPlanId,
    position: key.position,
    activity: item.activity,
    objective: item.objective,
    responsible_party: item.responsibleParty,
    responsible_person: item.responsiblePerson ?? null,
    starts_on: item.startsOn,
    ends_on: item.endsOn,
    budget_rupiah: item.budgetRupiah,
    institution_contribution_rupiah: item.contributions.institution,
    partner_contribution_rupiah: item.contributions.partner,
    target_quantity: item.target.quantity,
    target_unit: item.target.unit,
    target_description: item.target.description,
    institution_aspiration: item.aspirations.institution ?? null,
    partner_aspiration: item.aspirations.partner ?? null,
  };
}

export function toWorkPlanSummary(row: WorkPlanRow, items: WorkPlanItemView[]): WorkPlanSummary {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    cycleYear: row.cycle_year,
    title: row.title,
    status: row.status as WorkPlanStatus,
    itemCount: items.length,
    totals: workPlanTotals(items.map(toDomainItem)),
    approvedAt: row.approved_at,
    approvedByName: row.approved_by_name,
    approvedByPosition: row.approved_by_position,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Where the review came from (address, agent) stays in the database and the audit log. */
export function toWorkPlanReview(row: WorkPlanReviewRow): WorkPlanReview {
  return {
    id: row.id,
    decision: row.decision as WorkPlanReview['decision'],
    reviewerName: row.reviewer_name,
    reviewerPosition: row.reviewer_position,
    comment: row.comment,
    planVersion: row.plan_version,
    createdAt: row.created_at,
  };
}
