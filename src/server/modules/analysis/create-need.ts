import type { z } from 'zod';
import type { createNeedRequestSchema, Need } from '../../../shared/contracts/needs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { getNeed } from './get-need';
import { insertNeedRow } from './needs.repository';

type CreateInput = z.output<typeof createNeedRequestSchema>;

/** A need starts open; the contract has already refused a bad item, quantity or period. */
export async function createNeed(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Need> {
  const institutionId = principal.institutionId;
  const id = newId();
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertNeedRow(trx, {
      id,
      institution_id: institutionId,
      title: input.title,
      item: input.item,
      priority: input.priority,
      quantity: input.quantity ?? null,
      period_start: input.periodStart ?? null,
      period_end: input.periodEnd ?? null,
      programme: input.programme ?? null,
      notes: input.notes ?? null,
      status: 'open',
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const need = await getNeed(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'need.created', entityType: 'need', entityId: id, after: need },
    );
    return need;
  });
}
