/** Tables of implementation and monitoring (guide steps 8–9; migrations 0016, 0017); schema.ts re-exports them. */

/** Something done for the partnership: against a plan item, or unplanned (no item). */
export interface ActivitiesTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  work_plan_id: string | null;
  work_plan_item_id: string | null;
  title: string;
  status: string;
  carried_out_by: string;
  started_on: string | null;
  ended_on: string | null;
  actual_quantity: number | null;
  outcome_kind: string | null;
  outputs: string | null;
  notes: string | null;
  institution_spent_rupiah: number;
  partner_spent_rupiah: number;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActivityEvidenceTable {
  id: string;
  institution_id: string;
  activity_id: string;
  file_id: string;
  kind: string;
  caption: string | null;
  added_by_side: string;
  contributor_name: string | null;
  public_link_id: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

export interface PartnershipProblemsTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  activity_id: string | null;
  problem: string;
  cause: string | null;
  solution: string | null;
  owner_name: string;
  due_on: string | null;
  status: string;
  solved_at: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MonitoringVisitsTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  visited_on: string;
  place: string;
  visitors: string;
  partner_attendees: string;
  findings: string;
  recommendations: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}
