import type { Evaluation, EvaluationSummary } from '../../../shared/contracts/evaluations';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import {
  activitiesByItem,
  toEvaluationItem,
  toEvaluationSummary,
  toFollowUpRow,
  toImprovement,
} from './evaluation-mappers';
import {
  findEvaluationRow,
  findPartnershipOfEvaluation,
  findUserName,
  listActivitiesOfItems,
  listEvaluationItemRows,
  listEvaluationRows,
  listFollowUpPlanRows,
  listImprovementRows,
  listPlanItemRows,
  type EvaluationRow,
} from './evaluations.repository';

export async function getEvaluationRow(db: Db, institutionId: string, id: string): Promise<EvaluationRow> {
  const row = await findEvaluationRow(db, institutionId, id);
  if (!row) throw new AppError('EVALUATION_NOT_FOUND');
  return row;
}

export async function checkPartnership(db: Db, institutionId: string, partnershipId: string) {
  const partnership = await findPartnershipOfEvaluation(db, institutionId, partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  return partnership;
}

/** Items with what their plan item asked for and what the recorded activities add up to. */
export async function evaluationItemsOf(db: Db, row: EvaluationRow) {
  const institutionId = row.institution_id;
  const items = await listEvaluationItemRows(db, institutionId, row.id);
  const planItems = row.work_plan_id ? await listPlanItemRows(db, institutionId, row.work_plan_id) : [];
  const planById = new Map(planItems.map((item) => [item.id, item]));
  const itemIds = items.flatMap((item) => (item.work_plan_item_id ? [item.work_plan_item_id] : []));
  const activities = activitiesByItem(await listActivitiesOfItems(db, institutionId, itemIds));
  return items.map((item) =>
    toEvaluationItem(
      item,
      item.work_plan_item_id ? planById.get(item.work_plan_item_id) : undefined,
      item.work_plan_item_id ? (activities.get(item.work_plan_item_id) ?? []) : [],
    ),
  );
}

export async function toEvaluation(db: Db, row: EvaluationRow): Promise<Evaluation> {
  const institutionId = row.institution_id;
  const partnership = await checkPartnership(db, institutionId, row.partnership_id);
  const partnerPart =
    row.partner_submitted_at && row.partner_respondent_name
      ? {
          goalsSummary: row.partner_goals_summary,
          obstacles: row.partner_obstacles,
          satisfaction: row.partner_satisfaction,
          recommendations: row.partner_recommendations,
          respondentName: row.partner_respondent_name,
          respondentPosition: row.partner_respondent_position ?? '',
          submittedAt: row.partner_submitted_at,
        }
      : null;
  return {
    ...toEvaluationSummary(row),
    partnershipName: partnership.name,
    partnershipStage: partnership.stage,
    institutionPart: {
      goalsSummary: row.goals_summary,
      obstacles: row.obstacles,
      satisfaction: row.institution_satisfaction,
      recommendations: row.recommendations,
    },
    partnerPart,
    items: await evaluationItemsOf(db, row),
    improvements: (await listImprovementRows(db, institutionId, row.id)).map(toImprovement),
    followUpRows: (await listFollowUpPlanRows(db, institutionId, row.id)).map(toFollowUpRow),
    decisionReason: row.decision_reason,
    decidedAt: row.decided_at,
    decidedByName: row.decided_by_user_id
      ? await findUserName(db, institutionId, row.decided_by_user_id)
      : null,
  };
}

export async function getEvaluation(db: Db, institutionId: string, id: string): Promise<Evaluation> {
  return toEvaluation(db, await getEvaluationRow(db, institutionId, id));
}

export async function listEvaluations(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<{ items: EvaluationSummary[] }> {
  await checkPartnership(db, institutionId, partnershipId);
  return { items: (await listEvaluationRows(db, institutionId, partnershipId)).map(toEvaluationSummary) };
}
