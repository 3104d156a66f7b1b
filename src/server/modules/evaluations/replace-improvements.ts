import type { z } from 'zod';
import type { Evaluation, replaceImprovementsRequestSchema } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { replaceImprovementRows, updateEvaluationRow } from './evaluations.repository';
import { getEvaluation, getEvaluationRow } from './get-evaluation';

/** The improvement list (guide step 10) replaced whole, in the order given. */
export async function replaceImprovements(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof replaceImprovementsRequestSchema>,
  requestId: string,
): Promise<Evaluation> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, id);
    if (row.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const before = await getEvaluation(trx, institutionId, id);
    if (
      !(await updateEvaluationRow(trx, institutionId, id, row.version, {
        updated_at: deps.clock.now().toISOString(),
      }))
    )
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await replaceImprovementRows(
      trx,
      institutionId,
      id,
      input.improvements.map((improvement, position) => ({
        id: newId(),
        institution_id: institutionId,
        evaluation_id: id,
        position,
        improvement: improvement.improvement,
        owner_name: improvement.ownerName ?? null,
        due_on: improvement.dueOn ?? null,
        status: improvement.status,
      })),
    );
    const after = await getEvaluation(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.improvements_replaced',
        entityType: 'evaluation',
        entityId: id,
        before: { improvements: before.improvements, version: before.version },
        after: { improvements: after.improvements, version: after.version },
      },
    );
    return after;
  });
}
