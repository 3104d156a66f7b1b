/** The work plan tables (guide step 5), kept apart so schema.ts stays readable; schema.ts re-exports them. */

/** A joint work plan (guide step 5): one per partnership and cycle year. */
export interface WorkPlansTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  cycle_year: number;
  title: string;
  status: string;
  approved_at: string | null;
  approved_by_name: string | null;
  approved_by_position: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkPlanItemsTable {
  id: string;
  institution_id: string;
  work_plan_id: string;
  position: number;
  activity: string;
  objective: string;
  responsible_party: string;
  responsible_person: string | null;
  starts_on: string;
  ends_on: string;
  budget_rupiah: number;
  institution_contribution_rupiah: number;
  partner_contribution_rupiah: number;
  target_quantity: number;
  target_unit: string;
  target_description: string;
  institution_aspiration: string | null;
  partner_aspiration: string | null;
  /** The note of last cycle's evaluation this item was carried over with (step 11). */
  evaluation_note: string | null;
}

/** A review of one version of a plan, with where it came from (the partner answers without an account). */
export interface WorkPlanReviewsTable {
  id: string;
  institution_id: string;
  work_plan_id: string;
  reviewer_side: string;
  decision: string;
  reviewer_name: string;
  reviewer_position: string;
  comment: string | null;
  plan_version: number;
  public_link_id: string | null;
  ip_address: string | null;
  user_agent: string | null;
  created_at: string;
}
