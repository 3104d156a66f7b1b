/** Tables of joint evaluation, improvement and follow-up (guide steps 9–11; migration 0018); schema.ts re-exports them. */

export interface EvaluationsTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  work_plan_id: string | null;
  cycle_year: number;
  goals_summary: string | null;
  obstacles: string | null;
  institution_satisfaction: number | null;
  recommendations: string | null;
  partner_satisfaction: number | null;
  partner_goals_summary: string | null;
  partner_obstacles: string | null;
  partner_recommendations: string | null;
  partner_respondent_name: string | null;
  partner_respondent_position: string | null;
  partner_submitted_at: string | null;
  partner_public_link_id: string | null;
  partner_ip_address: string | null;
  partner_user_agent: string | null;
  decision: string | null;
  decision_reason: string | null;
  decided_at: string | null;
  decided_by_user_id: string | null;
  next_work_plan_id: string | null;
  follow_up_agreement_id: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface EvaluationItemsTable {
  id: string;
  institution_id: string;
  evaluation_id: string;
  work_plan_item_id: string | null;
  position: number;
  activity: string;
  outcome: string;
  goal_reached: string;
  note: string | null;
}

export interface EvaluationImprovementsTable {
  id: string;
  institution_id: string;
  evaluation_id: string;
  position: number;
  improvement: string;
  owner_name: string | null;
  due_on: string | null;
  status: string;
}

/** One RTL (Rencana Tindak Lanjut) row. */
export interface FollowUpPlanRowsTable {
  id: string;
  institution_id: string;
  evaluation_id: string;
  position: number;
  activity: string;
  target: string;
  timing: string;
  person_responsible: string;
  success_indicator: string;
}
