import type { z } from 'zod';
import type { createPartnershipRequestSchema, Partnership } from '../../../shared/contracts/partnerships';
import { initialStage, noFacts } from '../../../shared/domain/partnership-stages';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { checkFacilitator, checkPartners } from './check-engagement-references';
import { checkPartnershipPattern } from './check-partnership-pattern';
import { getPartnership } from './get-partnership';
import {
  insertPartnershipRow,
  insertStageEventRow,
  replacePartnershipPartners,
} from './partnerships.repository';

type CreateInput = z.output<typeof createPartnershipRequestSchema>;

/**
 * A partnership starts at mapping; its first history row records that start. One that already ran
 * before the institution used Jalin (`enteredAt`) starts at that stage instead: the row says so and
 * why, and no gate is checked, as nothing before it was ever recorded here.
 */
export async function createPartnership(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Partnership> {
  const institutionId = principal.institutionId;
  await checkPartners(deps.db, institutionId, input.partnerIds);
  await checkFacilitator(deps.db, institutionId, input.facilitatorUserId);
  return deps.db
    .transaction()
    .execute((trx) => createPartnershipWithin(trx, deps, principal, input, requestId));
}

/** The inserts inside the caller's transaction; the caller has checked the partners and facilitator. */
export async function createPartnershipWithin(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Partnership> {
  const institutionId = principal.institutionId;
  await checkPartnershipPattern(trx, institutionId, input.pattern);
  const stage = input.enteredAt?.stage ?? initialStage;
  const id = newId();
  const now = deps.clock.now().toISOString();
  await insertPartnershipRow(trx, {
    id,
    institution_id: institutionId,
    name: input.name,
    programme: input.programme ?? null,
    pattern: input.pattern ?? null,
    facilitator_user_id: input.facilitatorUserId ?? null,
    cycle_years_json: JSON.stringify([...(input.cycleYears ?? [])].sort((a, b) => a - b)),
    stage,
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
    to_stage: stage,
    gate: null,
    facts_json: JSON.stringify(noFacts),
    reason: input.enteredAt?.reason ?? null,
    by_user_id: principal.userId,
    at: now,
    entered: input.enteredAt ? 1 : 0,
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
      after: { ...partnership, enteredAt: input.enteredAt ?? null },
    },
  );
  return partnership;
}
