import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toOccasion } from './occasion-mappers';
import { deleteOccasionRow, findOccasionRow } from './occasions.repository';

export async function deleteOccasion(
  deps: AppDeps,
  principal: Principal,
  id: string,
  version: number,
  requestId: string,
): Promise<{ ok: true }> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await findOccasionRow(trx, institutionId, id);
    if (!row) throw new AppError('OCCASION_NOT_FOUND');
    if (!(await deleteOccasionRow(trx, institutionId, id, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: Number(row.version) });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'occasion.deleted',
        entityType: 'occasion',
        entityId: id,
        before: toOccasion(row),
      },
    );
    return { ok: true as const };
  });
}
