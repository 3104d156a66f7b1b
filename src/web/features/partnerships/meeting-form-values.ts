import type { CreateMeetingRequest, Meeting, UpdateMeetingRequest } from '../../../shared/contracts/meetings';
import type { MeetingKind } from '../../../shared/domain/exploration-meetings';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { isoToZonedInput, zonedInputToIso } from './meetings-api';

/** Someone attending who is not a recorded contact person or user. */
export interface FreeAttendee {
  name: string;
  role: string | null;
}

/** A person the pickers offer: a partner's contact person or an institution user. */
export interface AttendeeChoice {
  id: string;
  name: string;
  role: string | null;
  label: string;
}

/** What the schedule form holds; times are `datetime-local` values on the institution's clock. */
export interface MeetingFormValues {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineLink: string;
  agenda: string;
  contactIds: string[];
  userIds: string[];
  otherPartner: FreeAttendee[];
  otherInstitution: FreeAttendee[];
}

export function newMeetingFormValues(title: string, userId: string): MeetingFormValues {
  return {
    kind: 'audience',
    title,
    startsAt: '',
    endsAt: '',
    place: '',
    onlineLink: '',
    agenda: '',
    contactIds: [],
    userIds: [userId],
    otherPartner: [],
    otherInstitution: [],
  };
}

export function meetingToFormValues(meeting: Meeting, zone: TimeZoneCode): MeetingFormValues {
  const { partner, institution } = meeting.attendees;
  return {
    kind: meeting.kind,
    title: meeting.title,
    startsAt: isoToZonedInput(meeting.startsAt, zone),
    endsAt: meeting.endsAt ? isoToZonedInput(meeting.endsAt, zone) : '',
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    agenda: meeting.agenda,
    contactIds: partner.flatMap((a) => (a.contactId ? [a.contactId] : [])),
    userIds: institution.flatMap((a) => (a.userId ? [a.userId] : [])),
    otherPartner: partner.filter((a) => !a.contactId).map(({ name, role }) => ({ name, role })),
    otherInstitution: institution.filter((a) => !a.userId).map(({ name, role }) => ({ name, role })),
  };
}

/**
 * The stored attendees of a meeting as choices, so someone no longer offered (a contact of a
 * partner that left, a deactivated user) stays picked and is not dropped by an edit.
 */
export function withStoredChoices(
  choices: AttendeeChoice[],
  stored: Array<{ id: string | null; name: string; role: string | null }>,
): AttendeeChoice[] {
  const known = new Set(choices.map((choice) => choice.id));
  const missing = stored.flatMap((a) =>
    a.id && !known.has(a.id) ? [{ id: a.id, name: a.name, role: a.role, label: a.name }] : [],
  );
  return [...choices, ...missing];
}

function picked(ids: string[], choices: AttendeeChoice[]) {
  return choices.filter((choice) => ids.includes(choice.id));
}

/** The whole request the form describes; an edit sends the fields where it differs from the start. */
export function toMeetingRequest(
  values: MeetingFormValues,
  zone: TimeZoneCode,
  contacts: AttendeeChoice[],
  users: AttendeeChoice[],
): CreateMeetingRequest {
  return {
    kind: values.kind,
    title: values.title.trim(),
    startsAt: zonedInputToIso(values.startsAt, zone),
    endsAt: values.endsAt ? zonedInputToIso(values.endsAt, zone) : null,
    place: values.place.trim() || null,
    onlineLink: values.onlineLink.trim() || null,
    agenda: values.agenda.trim(),
    attendees: {
      partner: [
        ...picked(values.contactIds, contacts).map((c) => ({ contactId: c.id, name: c.name, role: c.role })),
        ...values.otherPartner.map((a) => ({ contactId: null, name: a.name, role: a.role })),
      ],
      institution: [
        ...picked(values.userIds, users).map((u) => ({ userId: u.id, name: u.name, role: u.role })),
        ...values.otherInstitution.map((a) => ({ userId: null, name: a.name, role: a.role })),
      ],
    },
  };
}

/** Only what the user changed, so an edit does not overwrite fields someone else changed meanwhile. */
export function changedMeetingFields(
  before: CreateMeetingRequest,
  after: CreateMeetingRequest,
): Omit<UpdateMeetingRequest, 'version'> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof CreateMeetingRequest>) {
    if (JSON.stringify(after[key] ?? null) !== JSON.stringify(before[key] ?? null)) changes[key] = after[key];
  }
  return changes;
}

/**
 * After a version conflict: the latest stored values, with what the user had typed kept on top
 * (a field the user did not touch takes the other person's change).
 */
export function rebaseFormValues(
  original: MeetingFormValues,
  typed: MeetingFormValues,
  latest: MeetingFormValues,
): MeetingFormValues {
  const merged = { ...latest } as Record<keyof MeetingFormValues, unknown>;
  for (const key of Object.keys(typed) as Array<keyof MeetingFormValues>) {
    if (JSON.stringify(typed[key]) !== JSON.stringify(original[key])) merged[key] = typed[key];
  }
  return merged as MeetingFormValues;
}
