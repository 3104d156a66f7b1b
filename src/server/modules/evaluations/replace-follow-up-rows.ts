import type { z } from 'zod';
import type { Evaluation, replaceFollowUpRowsRequestSchema } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { newId } from '../../platform/ids';
import { replaceFollowUpPlanRows } from './evaluations.repository';
import { replaceEvaluationList } from './replace-evaluation-list';

/** The RTL table (guide step 11) replaced whole; the contract refuses a row missing any of its five fields. */
export function replaceFollowUpRows(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof replaceFollowUpRowsRequestSchema>,
  requestId: string,
): Promise<Evaluation> {
  return replaceEvaluationList(deps, principal, id, input.version, requestId, {
    key: 'followUpRows',
    auditKey: 'rows',
    action: 'evaluation.follow_up_rows_replaced',
    replace: (trx, institutionId) =>
      replaceFollowUpPlanRows(
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
      ),
  });
}
