import type { z } from 'zod';
import type { decideEvaluationRequestSchema, Evaluation } from '../../../shared/contracts/evaluations';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { movePartnershipStageWithin } from '../engagement/index';
import { institutionPartFilled } from './evaluation-mappers';
import { updateEvaluationRow } from './evaluations.repository';
import { checkPartnership, getEvaluation, getEvaluationRow } from './get-evaluation';

type DecideInput = z.output<typeof decideEvaluationRequestSchema>;

/** The stages a decision walks through from where the partnership stands (guide step 10). */
function stagesAfterDecision(from: string, decision: DecideInput['decision']): PartnershipStage[] {
  const onward: PartnershipStage[] = decision === 'stop' ? ['ended'] : ['follow_up'];
  if (from === 'monitoring_evaluation') return decision === 'stop' ? onward : ['improvement', ...onward];
  if (from === 'improvement') return onward;
  throw new AppError('EVALUATION_STAGE_INVALID', { stage: from });
}

/**
 * Continue, continue with changes, or stop, with the reason, once the institution's part is given.
 * The partnership moves with it in the same transaction, each move checked by its stage gate.
 */
export async function decideEvaluation(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: DecideInput,
  requestId: string,
): Promise<Evaluation> {
  const reason = input.reason?.trim() ?? '';
  if (reason === '') throw new AppError('DECISION_REASON_REQUIRED');
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, id);
    if (row.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    if (row.decision) throw new AppError('EVALUATION_DECIDED', { decision: row.decision });
    if (!institutionPartFilled(row)) throw new AppError('EVALUATION_INCOMPLETE');
    const partnership = await checkPartnership(trx, institutionId, row.partnership_id);
    const moves = stagesAfterDecision(partnership.stage, input.decision);
    const stamp = deps.clock.now().toISOString();
    const changed = await updateEvaluationRow(trx, institutionId, id, row.version, {
      decision: input.decision,
      decision_reason: reason,
      decided_at: stamp,
      decided_by_user_id: principal.userId,
      updated_at: stamp,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    // The gates read the decision just written, so it is in place before the moves.
    for (const to of moves) {
      await movePartnershipStageWithin(trx, deps, principal, row.partnership_id, { to, reason }, requestId);
    }
    const after = await getEvaluation(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.decided',
        entityType: 'evaluation',
        entityId: id,
        before: { decision: null, stage: partnership.stage, version: row.version },
        after: { decision: input.decision, reason, stage: after.partnershipStage, version: after.version },
      },
    );
    return after;
  });
}
