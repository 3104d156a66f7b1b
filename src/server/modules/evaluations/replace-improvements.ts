import type { z } from 'zod';
import type { Evaluation, replaceImprovementsRequestSchema } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { newId } from '../../platform/ids';
import { replaceImprovementRows } from './evaluations.repository';
import { replaceEvaluationList } from './replace-evaluation-list';

/** The improvement list (guide step 10) replaced whole, in the order given. */
export function replaceImprovements(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof replaceImprovementsRequestSchema>,
  requestId: string,
): Promise<Evaluation> {
  return replaceEvaluationList(deps, principal, id, input.version, requestId, {
    key: 'improvements',
    auditKey: 'improvements',
    action: 'evaluation.improvements_replaced',
    replace: (trx, institutionId) =>
      replaceImprovementRows(
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
      ),
  });
}
