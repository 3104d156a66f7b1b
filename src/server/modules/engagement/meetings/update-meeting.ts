import type { z } from 'zod';
import type { Meeting, updateMeetingRequestSchema } from '../../../../shared/contracts/meetings';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { AppError } from '../../../platform/http/app-error';
import { checkMeetingAttendees, checkMeetingState, toUtc } from './check-meeting-values';
import { getMeeting, getMeetingRow } from './get-meeting';
import { attendeesJson } from './meeting-mappers';
import { updateMeetingRow } from './meetings.repository';

type UpdateInput = z.output<typeof updateMeetingRequestSchema>;

/**
 * Changes the fields sent; recording the outcome is such a change. A stale `version` is 409 and the
 * outcome of a meeting that has not started yet is refused (the rules read the meeting as it will be).
 */
export async function updateMeeting(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  input: UpdateInput,
  requestId: string,
): Promise<Meeting> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const current = await getMeetingRow(deps.db, institutionId, partnershipId, meetingId);
  const startsAt = input.startsAt !== undefined ? toUtc(input.startsAt) : current.starts_at;
  const endsAt = input.endsAt !== undefined ? (input.endsAt ? toUtc(input.endsAt) : null) : current.ends_at;
  const place = input.place !== undefined ? input.place : current.place;
  const onlineLink = input.onlineLink !== undefined ? input.onlineLink : current.online_link;
  const outcome = input.outcome !== undefined ? input.outcome : current.outcome;
  checkMeetingState({ startsAt, endsAt, place, onlineLink, outcome }, now);
  await checkMeetingAttendees(deps.db, institutionId, partnershipId, input.attendees);
  return deps.db.transaction().execute(async (trx) => {
    const before = await getMeeting(trx, institutionId, partnershipId, meetingId, now);
    const changes = {
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.startsAt !== undefined ? { starts_at: startsAt } : {}),
      ...(input.endsAt !== undefined ? { ends_at: endsAt } : {}),
      ...(input.place !== undefined ? { place } : {}),
      ...(input.onlineLink !== undefined ? { online_link: onlineLink } : {}),
      ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
      ...(input.attendees !== undefined ? { attendees_json: attendeesJson(input.attendees) } : {}),
      ...(input.outcome !== undefined ? { outcome } : {}),
      ...(input.interestLevel !== undefined ? { interest_level: input.interestLevel } : {}),
      ...(input.outcomeNotes !== undefined ? { outcome_notes: input.outcomeNotes } : {}),
      ...(input.nextStep !== undefined ? { next_step: input.nextStep } : {}),
      updated_at: now.toISOString(),
    };
    if (!(await updateMeetingRow(trx, institutionId, meetingId, input.version, changes)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = await getMeeting(trx, institutionId, partnershipId, meetingId, now);
    const recordsOutcome = input.outcome !== undefined && input.outcome !== before.outcome;
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: recordsOutcome ? 'partnership_meeting.outcome_recorded' : 'partnership_meeting.updated',
        entityType: 'partnership_meeting',
        entityId: meetingId,
        before,
        after,
      },
    );
    return after;
  });
}
