import type { Transaction } from 'kysely';
import type { DecisionResult } from '../../../shared/contracts/needs';
import { stepStages, type PartnershipStage, type StageGate } from '../../../shared/domain/partnership-stages';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { createPartnershipWithin, movePartnershipStageWithin } from '../engagement/index';
import type { NeedRow } from './needs.repository';
import { listOpenPartnerships } from './relevance.repository';

type PursuedPartnership = NonNullable<DecisionResult['partnership']>;

/** Pursuing a partner aims at step 4, the first meeting; later stages are not this decision's to skip. */
const target: PartnershipStage = 'exploration';
const nameMax = 200;

/**
 * Inside the decision's transaction: the partner's newest open partnership, or a new one for the
 * need, moved one step at a time toward exploration through the engagement module's own move, so
 * every step is checked, recorded and audited as if made by hand. A gate that does not hold stops
 * the walk there (nothing of that step is written) and is reported.
 */
export async function pursuePartner(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  need: NeedRow,
  partner: { id: string; name: string },
  requestId: string,
): Promise<PursuedPartnership> {
  const institutionId = principal.institutionId;
  const [open] = await listOpenPartnerships(trx, institutionId, { partnerId: partner.id });
  let created = false;
  let id: string;
  let stage: PartnershipStage;
  if (open) {
    id = open.id;
    stage = open.stage as PartnershipStage;
  } else {
    const partnership = await createPartnershipWithin(
      trx,
      deps,
      principal,
      {
        name: `${need.title} — ${partner.name}`.slice(0, nameMax),
        programme: need.programme,
        partnerIds: [partner.id],
      },
      requestId,
    );
    created = true;
    id = partnership.id;
    stage = partnership.stage;
  }
  const reason = `Dikejar dari analisis kebutuhan: ${need.title}`;
  let stoppedAtGate: StageGate | null = null;
  const goal = stepStages.indexOf(target as (typeof stepStages)[number]);
  for (
    let index = stepStages.indexOf(stage as (typeof stepStages)[number]);
    index >= 0 && index < goal;
    index++
  ) {
    const to = stepStages[index + 1]!;
    try {
      const moved = await movePartnershipStageWithin(trx, deps, principal, id, { to, reason }, requestId);
      stage = moved.stage;
    } catch (error) {
      // A gate refuses before the move writes anything, so the transaction carries on unharmed.
      if (error instanceof AppError && error.code === 'PARTNERSHIP_GATE_UNMET') {
        stoppedAtGate = (error.details as { gate: StageGate }).gate;
        break;
      }
      throw error;
    }
  }
  return { id, created, stage, stoppedAtGate };
}
