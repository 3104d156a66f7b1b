/** The evaluations module's public entry (guide steps 9–11: joint evaluation, decision, follow-up). */
import { evaluationPartnerRoutes } from './evaluation-partner.routes';
import { evaluationRoutes } from './evaluations.routes';

export const evaluationsModuleRoutes = [...evaluationRoutes, ...evaluationPartnerRoutes];
export { readEvaluationFacts } from './evaluation-facts';
export { createDemoEvaluation } from './create-demo-evaluation';
export {
  findEvaluationRow,
  listEvaluationItemRows,
  listFollowUpPlanRows,
  listImprovementRows,
} from './evaluations.repository';
