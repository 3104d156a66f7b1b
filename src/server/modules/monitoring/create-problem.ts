import type { z } from 'zod';
import type { createProblemRequestSchema, Problem } from '../../../shared/contracts/monitoring';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { checkProblemActivity } from './check-problem-activity';
import type { MonitoringActor } from './monitoring-actor';
import { toProblem } from './monitoring-mappers';
import { findMonitoredPartnership, findProblemRow, insertProblemRow } from './monitoring.repository';

type CreateInput = z.output<typeof createProblemRequestSchema>;

export async function createProblem(
  deps: AppDeps,
  actor: MonitoringActor,
  partnershipId: string,
  input: CreateInput,
  requestId: string,
): Promise<Problem> {
  const institutionId = actor.institutionId;
  const now = deps.clock.now().toISOString();
  if (input.status === 'solved' && !input.solution) throw new AppError('SOLUTION_REQUIRED');
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findMonitoredPartnership(trx, institutionId, partnershipId)))
      throw new AppError('PARTNERSHIP_NOT_FOUND');
    await checkProblemActivity(trx, institutionId, partnershipId, input.activityId);
    const id = newId();
    await insertProblemRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      activity_id: input.activityId ?? null,
      problem: input.problem,
      cause: input.cause ?? null,
      solution: input.solution ?? null,
      owner_name: input.ownerName,
      due_on: input.dueOn ?? null,
      status: input.status,
      solved_at: input.status === 'solved' ? now : null,
      version: 1,
      created_by_user_id: actor.userId,
      created_at: now,
      updated_at: now,
    });
    const problem = toProblem((await findProblemRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal: actor, requestId },
      {
        institutionId,
        action: 'problem.created',
        entityType: 'partnership_problem',
        entityId: id,
        after: problem,
      },
    );
    return problem;
  });
}
