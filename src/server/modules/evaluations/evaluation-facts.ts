import type { PartnershipFacts } from '../../../shared/domain/partnership-stages';
import type { Db } from '../../db/database';
import { institutionPartFilled } from './evaluation-mappers';
import { listEvaluationFactRows } from './evaluations.repository';

/** The gates of steps 9–10: an evaluation with the institution's part given, a decision to continue. */
export async function readEvaluationFacts(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<Pick<PartnershipFacts, 'evaluationRecorded' | 'continueDecision'>> {
  const rows = await listEvaluationFactRows(db, institutionId, partnershipId);
  return {
    evaluationRecorded: rows.some(institutionPartFilled),
    continueDecision: rows.some(
      (row) => row.decision === 'continue' || row.decision === 'continue_with_changes',
    ),
  };
}
