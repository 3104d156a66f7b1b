import type { z } from 'zod';
import type { createPartnershipRequestSchema, Partnership } from '../../../shared/contracts/partnerships';
import { initialStage, noFacts } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { checkFacilitator, checkPartners } from './check-engagement-references';
import { getPartnership } from './get-partnership';
import {
  insertPartnershipRow,
  insertStageEventRow,
  replacePartnershipPartners,
} from './partnerships.repository';

type CreateInput = z.output<typeof createPartnershipRequestSchema>;

/** A partnership starts at mapping; its first history row records that start. */
export async function createPartnership(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Partnership> {
  const institutionId = principal.institutionId;
  await checkPartners(deps.db, institutionId, input.partnerIds);
  await checkFacilitator(deps.db, institutionId, input.facilitatorUserId);
  const id = newId();
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertPartnershipRow(trx, {
      id,
      institution_id: institutionId,
      name: input.name,
      programme: input.programme ?? null,
      pattern: input.pattern ?? null,
      facilitator_user_id: input.facilitatorUserId ?? null,
      cycle_years_json: JSON.stringify([...(input.cycleYears ?? [])].sort((a, b) => a - b)),
      stage: initialStage,
      stage_changed_at: now,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await replacePartnershipPartners(trx, institutionId, id, input.partnerIds);
    await insertStageEventRow(trx, {
      id: newId(),
      institution_id: institutionId,
      partnership_id: id,
      from_stage: null,
      to_stage: initialStage,
      gate: null,
      facts_json: JSON.stringify(noFacts),
      reason: null,
      by_user_id: principal.userId,
      at: now,
    });
    const partnership = await getPartnership(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership.created',
        entityType: 'partnership',
        entityId: id,
        after: partnership,
      },
    );
    return partnership;
  });
}
