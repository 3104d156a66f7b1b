import type { z } from 'zod';
import type { Gathering, updateGatheringRequestSchema } from '../../../shared/contracts/gatherings';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getGathering } from './get-gathering';
import { findGatheringRow, updateGatheringRow } from './gatherings.repository';

/** Edits a gathering or moves its status (held, cancelled). */
export async function updateGathering(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof updateGatheringRequestSchema>,
  requestId: string,
): Promise<Gathering> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await findGatheringRow(trx, institutionId, id);
    if (!row) throw new AppError('GATHERING_NOT_FOUND');
    const startsAt = input.startsAt ? new Date(input.startsAt).toISOString() : row.starts_at;
    const endsAt = input.endsAt ? new Date(input.endsAt).toISOString() : row.ends_at;
    if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new AppError('GATHERING_ENDS_BEFORE_START');
    const changed = await updateGatheringRow(trx, institutionId, id, input.version, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      starts_at: startsAt,
      ends_at: endsAt,
      updated_at: now,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
    const gathering = await getGathering(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action:
          input.status && input.status !== row.status ? `gathering.${input.status}` : 'gathering.updated',
        entityType: 'gathering',
        entityId: id,
        before: {
          title: row.title,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          place: row.place,
          agenda: row.agenda,
          status: row.status,
        },
        after: {
          title: gathering.title,
          startsAt: gathering.startsAt,
          endsAt: gathering.endsAt,
          place: gathering.place,
          agenda: gathering.agenda,
          status: gathering.status,
        },
      },
    );
    return gathering;
  });
}
