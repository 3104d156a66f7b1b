import type { FollowUpResult } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { createAddendum, extendAgreement } from '../agreements/index';
import { checkContinuing } from './create-next-work-plan';
import {
  findActiveAgreementOfPartnership,
  listImprovementRows,
  updateEvaluationRow,
} from './evaluations.repository';
import { getEvaluation, getEvaluationRow } from './get-evaluation';

const dayMs = 86_400_000;

function dayAfter(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
}

/** One more cycle: the same calendar day a year on (29 February gives 28 February). */
function yearAfter(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * The agreement side of step 11: continuing with changes drafts an addendum of the agreement in
 * force carrying the improvements; continuing unchanged drafts its extension for one more cycle.
 * The agreements module writes the draft in its own transaction; the evaluation then records it.
 */
export async function createAgreementFollowUp(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<FollowUpResult> {
  const institutionId = principal.institutionId;
  const row = await getEvaluationRow(deps.db, institutionId, id);
  checkContinuing(row);
  if (row.follow_up_agreement_id)
    throw new AppError('EVALUATION_FOLLOW_UP_DONE', { id: row.follow_up_agreement_id });
  const active = await findActiveAgreementOfPartnership(deps.db, institutionId, row.partnership_id);
  if (!active) throw new AppError('EVALUATION_NO_ACTIVE_AGREEMENT');
  let agreementId: string;
  if (row.decision === 'continue_with_changes') {
    const improvements = await listImprovementRows(deps.db, institutionId, id);
    const changes = improvements.map((improvement) => improvement.improvement);
    const agreement = await createAddendum(
      deps,
      principal,
      active.id,
      { changes: changes.length > 0 ? changes : [row.decision_reason ?? ''] },
      requestId,
    );
    agreementId = agreement.id;
  } else {
    const agreement = await extendAgreement(
      deps,
      principal,
      active.id,
      { mode: 'unchanged', startsOn: dayAfter(active.ends_on), endsOn: yearAfter(active.ends_on) },
      requestId,
    );
    agreementId = agreement.id;
  }
  return deps.db.transaction().execute(async (trx) => {
    const current = await getEvaluationRow(trx, institutionId, id);
    const changed = await updateEvaluationRow(trx, institutionId, id, current.version, {
      follow_up_agreement_id: agreementId,
      updated_at: deps.clock.now().toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: current.version });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.agreement_follow_up_created',
        entityType: 'evaluation',
        entityId: id,
        before: { followUpAgreementId: null, version: current.version },
        after: {
          followUpAgreementId: agreementId,
          kind: row.decision === 'continue_with_changes' ? 'addendum' : 'extension',
          parentAgreementId: active.id,
          version: current.version + 1,
        },
      },
    );
    return { evaluation: await getEvaluation(trx, institutionId, id), createdId: agreementId };
  });
}
