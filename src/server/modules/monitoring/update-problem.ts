import type { z } from 'zod';
import type { Problem, updateProblemRequestSchema } from '../../../shared/contracts/monitoring';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { checkProblemActivity } from './check-problem-activity';
import type { MonitoringActor } from './monitoring-actor';
import { toProblem } from './monitoring-mappers';
import { findProblemRow, updateProblemRow } from './monitoring.repository';

type UpdateInput = z.output<typeof updateProblemRequestSchema>;

/** Edits a problem; solving it needs its solution written down and stamps when it was solved. */
export async function updateProblem(
  deps: AppDeps,
  actor: MonitoringActor,
  problemId: string,
  input: UpdateInput,
  requestId: string,
): Promise<Problem> {
  const institutionId = actor.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await findProblemRow(trx, institutionId, problemId);
    if (!row) throw new AppError('PROBLEM_NOT_FOUND');
    const before = toProblem(row);
    const status = input.status ?? before.status;
    const solution = input.solution !== undefined ? input.solution : before.solution;
    if (status === 'solved' && !solution) throw new AppError('SOLUTION_REQUIRED');
    if (input.activityId !== undefined)
      await checkProblemActivity(trx, institutionId, before.partnershipId, input.activityId);
    const solvedAt = status !== 'solved' ? null : before.status === 'solved' ? before.solvedAt : now;
    const changed = await updateProblemRow(trx, institutionId, problemId, input.version, {
      ...(input.problem !== undefined ? { problem: input.problem } : {}),
      ...(input.cause !== undefined ? { cause: input.cause } : {}),
      ...(input.solution !== undefined ? { solution: input.solution } : {}),
      ...(input.ownerName !== undefined ? { owner_name: input.ownerName } : {}),
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      ...(input.activityId !== undefined ? { activity_id: input.activityId } : {}),
      status,
      solved_at: solvedAt,
      updated_at: now,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = toProblem((await findProblemRow(trx, institutionId, problemId))!);
    await writeAudit(
      trx,
      deps,
      { principal: actor, requestId },
      {
        institutionId,
        action: status === 'solved' && before.status !== 'solved' ? 'problem.solved' : 'problem.updated',
        entityType: 'partnership_problem',
        entityId: problemId,
        before,
        after,
      },
    );
    return after;
  });
}
