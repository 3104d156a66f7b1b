import type { ActivityEvidence } from '../../../shared/contracts/activities';
import type { EvidenceKind } from '../../../shared/domain/activity-vocabulary';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import type { UploadedFile } from '../../platform/http/route-definition';
import { getActivity } from './list-activities';
import { storeActivityEvidence } from './store-activity-evidence';

/** Evidence added by someone signed in; another institution's activity answers like a missing one. */
export async function addActivityEvidence(
  deps: AppDeps,
  principal: Principal,
  activityId: string,
  input: { file: UploadedFile | undefined; kind: EvidenceKind; caption: string | null | undefined },
  requestId: string,
): Promise<ActivityEvidence> {
  const institutionId = principal.institutionId;
  await getActivity(deps.db, institutionId, activityId);
  return storeActivityEvidence(
    deps,
    {
      institutionId,
      file: input.file,
      kind: input.kind,
      caption: input.caption ?? null,
      side: 'institution',
      contributorName: null,
      publicLinkId: null,
      userId: principal.userId,
    },
    () => Promise.resolve(activityId),
    (trx, id, evidence, sha256) =>
      writeAudit(
        trx,
        deps,
        { principal, requestId },
        {
          institutionId,
          action: 'activity.evidence_added',
          entityType: 'activity',
          entityId: id,
          after: { ...evidence, sha256 },
        },
      ),
  );
}
