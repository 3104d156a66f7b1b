import type { z } from 'zod';
import type { moveStageRequestSchema, Partnership } from '../../../shared/contracts/partnerships';
import { checkMove, type PartnershipStage } from '../../../shared/domain/partnership-stages';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { getPartnership, getPartnershipRow } from './get-partnership';
import { insertStageEventRow, updatePartnershipRow } from './partnerships.repository';
import { readPartnershipFacts } from './read-partnership-facts';

type MoveInput = z.output<typeof moveStageRequestSchema>;

/**
 * Checks the move against the stage table with facts read inside the transaction, so a refusal
 * writes nothing and an accepted move keeps the facts it was decided on in the history.
 */
export function movePartnershipStage(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: MoveInput,
  requestId: string,
): Promise<Partnership> {
  return deps.db
    .transaction()
    .execute((trx) => movePartnershipStageWithin(trx, deps, principal, id, input, requestId));
}

/** The same move inside the caller's transaction (analysis pursues a partner this way). */
export async function movePartnershipStageWithin(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: MoveInput,
  requestId: string,
): Promise<Partnership> {
  const institutionId = principal.institutionId;
  const row = await getPartnershipRow(trx, institutionId, id);
  if (input.version !== undefined && input.version !== row.version)
    throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
  const from = row.stage as PartnershipStage;
  const reason = input.reason ?? null;
  const facts = await readPartnershipFacts(trx, institutionId, id, reason);
  const check = checkMove(from, input.to, facts);
  if (!check.ok) {
    if (check.refusal === 'gate_unmet')
      throw new AppError('PARTNERSHIP_GATE_UNMET', { from, to: input.to, gate: check.gate });
    throw new AppError('PARTNERSHIP_MOVE_NOT_ALLOWED', {
      from,
      to: input.to,
      allowed: check.refusal === 'not_allowed' ? check.allowed : [],
    });
  }
  const before = await getPartnership(trx, institutionId, id);
  const now = deps.clock.now().toISOString();
  const changes = { stage: input.to, stage_changed_at: now, updated_at: now };
  if (!(await updatePartnershipRow(trx, institutionId, id, row.version, changes)))
    throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
  await insertStageEventRow(trx, {
    id: newId(),
    institution_id: institutionId,
    partnership_id: id,
    from_stage: from,
    to_stage: input.to,
    gate: check.transition.gate,
    facts_json: JSON.stringify(facts),
    reason,
    by_user_id: principal.userId,
    at: now,
  });
  const after = await getPartnership(trx, institutionId, id);
  await writeAudit(
    trx,
    deps,
    { principal, requestId },
    {
      institutionId,
      action: 'partnership.stage_moved',
      entityType: 'partnership',
      entityId: id,
      before: { stage: before.stage, version: before.version },
      after: { stage: after.stage, version: after.version, reason },
    },
  );
  return after;
}
