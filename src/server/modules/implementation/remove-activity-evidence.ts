import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { deleteEvidenceRows, findEvidenceRow } from './activities.repository';
import { toEvidence } from './activity-mappers';

/** Drops a piece of evidence; its bytes are deleted only once the rows are gone for good. */
export async function removeActivityEvidence(
  deps: AppDeps,
  principal: Principal,
  activityId: string,
  evidenceId: string,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const storageKey = await deps.db.transaction().execute(async (trx) => {
    const row = await findEvidenceRow(trx, institutionId, activityId, evidenceId);
    if (!row) throw new AppError('EVIDENCE_NOT_FOUND');
    await deleteEvidenceRows(trx, institutionId, row);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'activity.evidence_removed',
        entityType: 'activity',
        entityId: activityId,
        before: toEvidence(row),
      },
    );
    return row.storage_key;
  });
  await deps.files.remove(storageKey);
}
