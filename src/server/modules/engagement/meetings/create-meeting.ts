import type { z } from 'zod';
import type { createMeetingRequestSchema, Meeting } from '../../../../shared/contracts/meetings';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { newId } from '../../../platform/ids';
import { getPartnershipRow } from '../get-partnership';
import { checkMeetingAttendees, checkMeetingState, toUtc } from './check-meeting-values';
import { getMeeting } from './get-meeting';
import { attendeesJson } from './meeting-mappers';
import { insertMeetingRow } from './meetings.repository';

type CreateInput = z.output<typeof createMeetingRequestSchema>;

/** Schedules an audience or presentation with the partnership's partners (guide step 4). */
export async function createMeeting(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  input: CreateInput,
  requestId: string,
): Promise<Meeting> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  await getPartnershipRow(deps.db, institutionId, partnershipId);
  const startsAt = toUtc(input.startsAt);
  const endsAt = input.endsAt ? toUtc(input.endsAt) : null;
  checkMeetingState(
    { startsAt, endsAt, place: input.place ?? null, onlineLink: input.onlineLink ?? null, outcome: null },
    now,
  );
  await checkMeetingAttendees(deps.db, institutionId, partnershipId, input.attendees);
  const id = newId();
  const stamp = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertMeetingRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      kind: input.kind,
      title: input.title,
      starts_at: startsAt,
      ends_at: endsAt,
      place: input.place ?? null,
      online_link: input.onlineLink ?? null,
      agenda: input.agenda,
      attendees_json: attendeesJson(input.attendees),
      material_file_id: null,
      outcome: null,
      interest_level: null,
      outcome_notes: null,
      next_step: null,
      version: 1,
      created_by_user_id: principal.userId,
      created_at: stamp,
      updated_at: stamp,
    });
    const meeting = await getMeeting(trx, institutionId, partnershipId, id, now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership_meeting.created',
        entityType: 'partnership_meeting',
        entityId: id,
        after: meeting,
      },
    );
    return meeting;
  });
}
