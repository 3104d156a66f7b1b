import type { Meeting, MeetingAttendees } from '../../../../shared/contracts/meetings';
import type { MaterialFileRow, MeetingRow } from './meetings.repository';

type StoredAttendees = Meeting['attendees'];

/** Stored with explicit nulls, so readers never meet a missing key. */
export function attendeesJson(attendees: MeetingAttendees | undefined): string {
  const value: StoredAttendees = {
    partner: (attendees?.partner ?? []).map((a) => ({
      contactId: a.contactId ?? null,
      name: a.name,
      role: a.role ?? null,
    })),
    institution: (attendees?.institution ?? []).map((a) => ({
      userId: a.userId ?? null,
      name: a.name,
      role: a.role ?? null,
    })),
  };
  return JSON.stringify(value);
}

export function readAttendees(row: MeetingRow): StoredAttendees {
  return JSON.parse(row.attendees_json) as StoredAttendees;
}

export function toMeeting(row: MeetingRow, material: MaterialFileRow | undefined, now: Date): Meeting {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    kind: row.kind as Meeting['kind'],
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    onlineLink: row.online_link,
    agenda: row.agenda,
    attendees: readAttendees(row),
    material: material
      ? {
          fileId: material.id,
          name: material.original_name,
          mediaType: material.media_type,
          sizeBytes: material.size_bytes,
        }
      : null,
    started: Date.parse(row.starts_at) <= now.getTime(),
    outcome: row.outcome as Meeting['outcome'],
    interestLevel: row.interest_level as Meeting['interestLevel'],
    outcomeNotes: row.outcome_notes,
    nextStep: row.next_step,
    createdByUserId: row.created_by_user_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
