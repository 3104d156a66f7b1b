import type { MeetingAttendees } from '../../../../shared/contracts/meetings';
import type { Db } from '../../../db/database';
import { AppError } from '../../../platform/http/app-error';
import { checkStaff } from '../check-engagement-references';
import { listPartnershipContacts } from './meetings.repository';

/** The meeting as it will be after the change; every rule reads the whole of it. */
export interface MeetingState {
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  onlineLink: string | null;
  outcome: string | null;
}

export function checkMeetingState(state: MeetingState, now: Date): void {
  if (state.endsAt && Date.parse(state.endsAt) <= Date.parse(state.startsAt))
    throw new AppError('MEETING_ENDS_BEFORE_START', { startsAt: state.startsAt, endsAt: state.endsAt });
  if (!state.place && !state.onlineLink) throw new AppError('MEETING_PLACE_MISSING');
  // What happened cannot be known before it happens; an outcome also pins the meeting in the past.
  if (state.outcome && Date.parse(state.startsAt) > now.getTime())
    throw new AppError('MEETING_NOT_STARTED', { startsAt: state.startsAt });
}

/** Contact persons must belong to the partnership's partners; users to the institution. */
export async function checkMeetingAttendees(
  db: Db,
  institutionId: string,
  partnershipId: string,
  attendees: MeetingAttendees | undefined,
): Promise<void> {
  if (!attendees) return;
  const contactIds = attendees.partner.flatMap((a) => (a.contactId ? [a.contactId] : []));
  if (contactIds.length > 0) {
    const known = new Set(
      (await listPartnershipContacts(db, institutionId, partnershipId)).map((contact) => contact.id),
    );
    const missing = contactIds.filter((id) => !known.has(id));
    if (missing.length > 0) throw new AppError('CONTACT_NOT_FOUND', { contactIds: missing });
  }
  const userIds = attendees.institution.flatMap((a) => (a.userId ? [a.userId] : []));
  if (userIds.length > 0) await checkStaff(db, institutionId, [...new Set(userIds)]);
}

/** Stored as UTC text so meetings sort by time whatever offset the client wrote. */
export function toUtc(value: string): string {
  return new Date(value).toISOString();
}
