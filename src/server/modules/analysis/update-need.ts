import type { z } from 'zod';
import type { Need, updateNeedRequestSchema } from '../../../shared/contracts/needs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getNeed, getNeedRow } from './get-need';
import { updateNeedRow } from './needs.repository';

type UpdateInput = z.output<typeof updateNeedRequestSchema>;

/**
 * Changes the fields sent; a period is checked against the stored date it is not sent with, so a
 * lone new end date before the kept start is refused too. A stale `version` is 409.
 */
export async function updateNeed(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Need> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getNeedRow(trx, institutionId, id);
    const start = input.periodStart !== undefined ? input.periodStart : row.period_start;
    const end = input.periodEnd !== undefined ? input.periodEnd : row.period_end;
    if (start && end && end < start)
      throw new AppError('NEED_PERIOD_INVALID', { periodStart: start, periodEnd: end });
    const before = await getNeed(trx, institutionId, id);
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.item !== undefined ? { item: input.item } : {}),
      ...(input.priority !== undefined ? { priority: input.priority } : {}),
      ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
      ...(input.periodStart !== undefined ? { period_start: input.periodStart } : {}),
      ...(input.periodEnd !== undefined ? { period_end: input.periodEnd } : {}),
      ...(input.programme !== undefined ? { programme: input.programme } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updateNeedRow(trx, institutionId, id, input.version, changes)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const after = await getNeed(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'need.updated', entityType: 'need', entityId: id, before, after },
    );
    return after;
  });
}
