import type { z } from 'zod';
import type { createOccasionRequestSchema, Occasion } from '../../../shared/contracts/occasions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { toOccasion } from './occasion-mappers';
import { findOccasionRow, insertOccasionRow, partnerExists } from './occasions.repository';

/** A product launch or another day worth remembering, once or every year, for a partner or for all. */
export async function createOccasion(
  deps: AppDeps,
  principal: Principal,
  input: z.output<typeof createOccasionRequestSchema>,
  requestId: string,
): Promise<Occasion> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (input.partnerId && !(await partnerExists(trx, institutionId, input.partnerId)))
      throw new AppError('PARTNER_NOT_FOUND');
    const id = newId();
    await insertOccasionRow(trx, {
      id,
      institution_id: institutionId,
      partner_id: input.partnerId ?? null,
      kind: input.kind,
      title: input.title,
      date: input.date,
      repeats_yearly: input.repeatsYearly ? 1 : 0,
      note: input.note ?? null,
      version: 1,
      created_by_user_id: principal.userId,
      created_at: now,
      updated_at: now,
    });
    const occasion = toOccasion((await findOccasionRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'occasion.created', entityType: 'occasion', entityId: id, after: occasion },
    );
    return occasion;
  });
}
