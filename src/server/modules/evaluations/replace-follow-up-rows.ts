import type { z } from 'zod';
import type { Evaluation, replaceFollowUpRowsRequestSchema } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { replaceFollowUpPlanRows, updateEvaluationRow } from './evaluations.repository';
import { getEvaluation, getEvaluationRow } from './get-evaluation';

/** The RTL table (guide step 11) replaced whole; the contract refuses a row missing any of its five fields. */
export async function replaceFollowUpRows(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof replaceFollowUpRowsRequestSchema>,
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
    await replaceFollowUpPlanRows(
      trx,
      institutionId,
      id,
      input.rows.map((rtl, position) => ({
        id: newId(),
        institution_id: institutionId,
        evaluation_id: id,
        position,
        activity: rtl.activity,
        target: rtl.target,
        timing: rtl.timing,
        person_responsible: rtl.personResponsible,
        success_indicator: rtl.successIndicator,
      })),
    );
    const after = await getEvaluation(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.follow_up_rows_replaced',
        entityType: 'evaluation',
        entityId: id,
        before: { rows: before.followUpRows, version: before.version },
        after: { rows: after.followUpRows, version: after.version },
      },
    );
    return after;
  });
}
