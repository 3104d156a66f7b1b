import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { AppError } from '../../../platform/http/app-error';
import { getMeeting } from './get-meeting';
import { deleteMeetingRow } from './meetings.repository';

/**
 * Removes a meeting scheduled by mistake or cancelled; the version sent must be the one read, so an
 * outcome someone just recorded is not lost unseen. The material file stays, as the audit row names it.
 */
export async function deleteMeeting(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await getMeeting(trx, institutionId, partnershipId, meetingId, now);
    if (!(await deleteMeetingRow(trx, institutionId, meetingId, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership_meeting.deleted',
        entityType: 'partnership_meeting',
        entityId: meetingId,
        before,
      },
    );
  });
}
