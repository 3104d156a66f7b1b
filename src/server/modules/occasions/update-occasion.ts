import type { z } from 'zod';
import type { Occasion, updateOccasionRequestSchema } from '../../../shared/contracts/occasions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toOccasion } from './occasion-mappers';
import { findOccasionRow, partnerExists, updateOccasionRow } from './occasions.repository';

export async function updateOccasion(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof updateOccasionRequestSchema>,
  requestId: string,
): Promise<Occasion> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await findOccasionRow(trx, institutionId, id);
    if (!row) throw new AppError('OCCASION_NOT_FOUND');
    if (input.partnerId && !(await partnerExists(trx, institutionId, input.partnerId)))
      throw new AppError('PARTNER_NOT_FOUND');
    const before = toOccasion(row);
    const changed = await updateOccasionRow(trx, institutionId, id, input.version, {
      ...(input.partnerId !== undefined ? { partner_id: input.partnerId } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.date !== undefined ? { date: input.date } : {}),
      ...(input.repeatsYearly !== undefined ? { repeats_yearly: input.repeatsYearly ? 1 : 0 } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      updated_at: now,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = toOccasion((await findOccasionRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'occasion.updated', entityType: 'occasion', entityId: id, before, after },
    );
    return after;
  });
}
