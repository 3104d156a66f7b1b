import type { z } from 'zod';
import type { attendanceRequestSchema, Gathering } from '../../../shared/contracts/gatherings';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getGathering } from './get-gathering';
import { findGatheringRow, listInvitationRows, updateInvitationRow } from './gatherings.repository';

/** Who came, marked on the day (or after); each changed mark is one audit row. */
export async function markAttendance(
  deps: AppDeps,
  principal: Principal,
  gatheringId: string,
  input: z.output<typeof attendanceRequestSchema>,
  requestId: string,
): Promise<Gathering> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const gathering = await findGatheringRow(trx, institutionId, gatheringId);
    if (!gathering) throw new AppError('GATHERING_NOT_FOUND');
    const invitations = new Map(
      (await listInvitationRows(trx, institutionId, [gatheringId])).map((row) => [row.id, row]),
    );
    for (const item of input.items) {
      const row = invitations.get(item.invitationId);
      if (!row) throw new AppError('INVITATION_NOT_FOUND');
      const before = row.attended === null ? null : Number(row.attended) === 1;
      if (before === item.attended) continue;
      await updateInvitationRow(trx, institutionId, row.id, {
        attended: item.attended ? 1 : 0,
        updated_at: now,
      });
      await writeAudit(
        trx,
        deps,
        { principal, requestId },
        {
          institutionId,
          action: 'gathering.attendance_marked',
          entityType: 'gathering_invitation',
          entityId: row.id,
          before: { attended: before },
          after: { attended: item.attended, partnerId: row.partner_id },
        },
      );
    }
    return getGathering(trx, institutionId, gatheringId);
  });
}
