import type { Evaluation } from '../../../shared/contracts/evaluations';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { updateEvaluationRow } from './evaluations.repository';
import { getEvaluation, getEvaluationRow } from './get-evaluation';

/**
 * One of the evaluation's tables replaced whole under its version: the evaluation row is bumped
 * first so two editors of the same list cannot both win, and the list is audited before and after.
 */
export async function replaceEvaluationList(
  deps: AppDeps,
  principal: Principal,
  id: string,
  version: number,
  requestId: string,
  list: {
    key: 'improvements' | 'followUpRows';
    /** The name the list has in the audit record. */
    auditKey: string;
    action: string;
    replace: (trx: Db, institutionId: string) => Promise<void>;
  },
): Promise<Evaluation> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, id);
    if (row.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const before = await getEvaluation(trx, institutionId, id);
    if (
      !(await updateEvaluationRow(trx, institutionId, id, row.version, {
        updated_at: deps.clock.now().toISOString(),
      }))
    )
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await list.replace(trx, institutionId);
    const after = await getEvaluation(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: list.action,
        entityType: 'evaluation',
        entityId: id,
        before: { [list.auditKey]: before[list.key], version: before.version },
        after: { [list.auditKey]: after[list.key], version: after.version },
      },
    );
    return after;
  });
}
