import type { z } from 'zod';
import type { decideRequestSchema, DecisionResult } from '../../../shared/contracts/needs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { getNeedRow } from './get-need';
import { toNeedDecision } from './need-mappers';
import { insertNeedDecisionRow } from './needs.repository';
import { pursuePartner } from './pursue-partner';
import { findPartnerName } from './relevance.repository';

type DecideInput = z.output<typeof decideRequestSchema>;

/**
 * Records what was decided on a partner for a need (a new row: older ones stay as history). Pursue
 * also creates or advances the partnership, in the same transaction as the decision.
 */
export async function decideOnPartner(
  deps: AppDeps,
  principal: Principal,
  needId: string,
  input: DecideInput,
  requestId: string,
): Promise<DecisionResult> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const need = await getNeedRow(trx, institutionId, needId);
    const partner = await findPartnerName(trx, institutionId, input.partnerId);
    if (!partner) throw new AppError('PARTNER_NOT_FOUND');
    const partnership =
      input.decision === 'pursue'
        ? await pursuePartner(trx, deps, principal, need, partner, requestId)
        : null;
    const id = newId();
    const row = {
      id,
      institution_id: institutionId,
      need_id: needId,
      partner_id: partner.id,
      decision: input.decision,
      reason: input.reason ?? null,
      partnership_id: partnership?.id ?? null,
      decided_by_user_id: principal.userId,
      decided_at: deps.clock.now().toISOString(),
    };
    await insertNeedDecisionRow(trx, row);
    const decision = toNeedDecision(row);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'need.decided',
        entityType: 'need',
        entityId: needId,
        after: { ...decision, partnership },
      },
    );
    return { decision, partnership };
  });
}
