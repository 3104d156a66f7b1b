import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { deleteActivityRows, listEvidenceRows } from './activities.repository';
import { getActivity } from './list-activities';
import { auditedActivity } from './activity-mappers';

/** Deletes an activity recorded by mistake with its evidence; the stored files go after the commit. */
export async function deleteActivity(
  deps: AppDeps,
  principal: Principal,
  activityId: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const storageKeys = await deps.db.transaction().execute(async (trx) => {
    const before = await getActivity(trx, institutionId, activityId);
    const evidence = await listEvidenceRows(trx, institutionId, [activityId]);
    const deleted = await deleteActivityRows(
      trx,
      institutionId,
      activityId,
      version,
      evidence.map((row) => row.file_id),
    );
    if (!deleted) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'activity.deleted',
        entityType: 'activity',
        entityId: activityId,
        before: { ...auditedActivity(before), evidence: before.evidence },
      },
    );
    return evidence.map((row) => row.storage_key);
  });
  for (const key of storageKeys) await deps.files.remove(key);
}
