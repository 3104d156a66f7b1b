import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import type { MonitoringActor } from './monitoring-actor';
import { toProblem } from './monitoring-mappers';
import { deleteProblemRow, findProblemRow } from './monitoring.repository';

export async function deleteProblem(
  deps: AppDeps,
  actor: MonitoringActor,
  problemId: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = actor.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const row = await findProblemRow(trx, institutionId, problemId);
    if (!row) throw new AppError('PROBLEM_NOT_FOUND');
    if (!(await deleteProblemRow(trx, institutionId, problemId, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await writeAudit(
      trx,
      deps,
      { principal: actor, requestId },
      {
        institutionId,
        action: 'problem.deleted',
        entityType: 'partnership_problem',
        entityId: problemId,
        before: toProblem(row),
      },
    );
  });
}
