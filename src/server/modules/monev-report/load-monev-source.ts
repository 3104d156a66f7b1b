import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import {
  findEvaluationRow,
  listEvaluationItemRows,
  listFollowUpPlanRows,
  listImprovementRows,
} from '../evaluations/index';
import {
  findInstitution,
  findPartnership,
  findWorkPlan,
  listAgreements,
  listCycleActivities,
  listEvidence,
  listPartnerNames,
  listProblems,
  listVisits,
  listWorkPlanItems,
} from './monev-report.repository';

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** Every row the report is written from, read in one place. */
export interface MonevSource {
  evaluation: NonNullable<Rows<typeof findEvaluationRow>>;
  institution: Rows<typeof findInstitution>;
  partnership: Rows<typeof findPartnership>;
  partnerNames: string[];
  agreements: Rows<typeof listAgreements>;
  workPlan: Rows<typeof findWorkPlan> | null;
  items: Rows<typeof listWorkPlanItems>;
  activities: Rows<typeof listCycleActivities>;
  evidence: Rows<typeof listEvidence>;
  evaluationItems: Rows<typeof listEvaluationItemRows>;
  improvements: Rows<typeof listImprovementRows>;
  followUpRows: Rows<typeof listFollowUpPlanRows>;
  problems: Rows<typeof listProblems>;
  visits: Rows<typeof listVisits>;
}

export async function loadMonevSource(
  db: Db,
  institutionId: string,
  evaluationId: string,
): Promise<MonevSource> {
  const evaluation = await findEvaluationRow(db, institutionId, evaluationId);
  if (!evaluation) throw new AppError('EVALUATION_NOT_FOUND');
  const partnershipId = evaluation.partnership_id;
  const workPlan = evaluation.work_plan_id
    ? ((await findWorkPlan(db, institutionId, evaluation.work_plan_id)) ?? null)
    : null;
  const activities = await listCycleActivities(
    db,
    institutionId,
    partnershipId,
    workPlan?.id ?? null,
    evaluation.cycle_year,
  );
  return {
    evaluation,
    institution: await findInstitution(db, institutionId),
    partnership: await findPartnership(db, institutionId, partnershipId),
    partnerNames: await listPartnerNames(db, institutionId, partnershipId),
    agreements: await listAgreements(db, institutionId, partnershipId),
    workPlan,
    items: workPlan ? await listWorkPlanItems(db, institutionId, workPlan.id) : [],
    activities,
    evidence: await listEvidence(
      db,
      institutionId,
      activities.map((activity) => activity.id),
    ),
    evaluationItems: await listEvaluationItemRows(db, institutionId, evaluationId),
    improvements: await listImprovementRows(db, institutionId, evaluationId),
    followUpRows: await listFollowUpPlanRows(db, institutionId, evaluationId),
    problems: await listProblems(db, institutionId, partnershipId),
    visits: await listVisits(db, institutionId, partnershipId),
  };
}
