import type { z } from 'zod';
import type { createGatheringRequestSchema, Gathering } from '../../../shared/contracts/gatherings';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { getGathering } from './get-gathering';
import { insertGatheringRow } from './gatherings.repository';

/** A temu mitra: partners meet the institution and each other (technique 2). */
export async function createGathering(
  deps: AppDeps,
  principal: Principal,
  input: z.output<typeof createGatheringRequestSchema>,
  requestId: string,
): Promise<Gathering> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const id = newId();
    await insertGatheringRow(trx, {
      id,
      institution_id: institutionId,
      title: input.title,
      starts_at: new Date(input.startsAt).toISOString(),
      ends_at: new Date(input.endsAt).toISOString(),
      place: input.place,
      agenda: input.agenda ?? null,
      status: 'planned',
      version: 1,
      created_by_user_id: principal.userId,
      created_at: now,
      updated_at: now,
    });
    const gathering = await getGathering(trx, institutionId, id);
    const { invitations: _none, timeZone: _zone, counts: _counts, ...after } = gathering;
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'gathering.created', entityType: 'gathering', entityId: id, after },
    );
    return gathering;
  });
}
