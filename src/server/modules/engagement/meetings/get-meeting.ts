import type { Meeting } from '../../../../shared/contracts/meetings';
import type { Db } from '../../../db/database';
import { AppError } from '../../../platform/http/app-error';
import { getPartnershipRow } from '../get-partnership';
import { toMeeting } from './meeting-mappers';
import { findMeetingRow, listMaterialFiles, listMeetingRows, type MeetingRow } from './meetings.repository';

/**
 * The partnership is looked up first: another institution's partnership, or a meeting of another
 * partnership, is "not found" exactly like a missing one.
 */
export async function getMeetingRow(
  db: Db,
  institutionId: string,
  partnershipId: string,
  meetingId: string,
): Promise<MeetingRow> {
  await getPartnershipRow(db, institutionId, partnershipId);
  const row = await findMeetingRow(db, institutionId, partnershipId, meetingId);
  if (!row) throw new AppError('MEETING_NOT_FOUND');
  return row;
}

export async function getMeeting(
  db: Db,
  institutionId: string,
  partnershipId: string,
  meetingId: string,
  now: Date,
): Promise<Meeting> {
  const row = await getMeetingRow(db, institutionId, partnershipId, meetingId);
  const [material] = await listMaterialFiles(
    db,
    institutionId,
    row.material_file_id ? [row.material_file_id] : [],
  );
  return toMeeting(row, material, now);
}

/** Upcoming meetings first, soonest first; then the ones held, latest first. */
export async function listMeetings(
  db: Db,
  institutionId: string,
  partnershipId: string,
  now: Date,
): Promise<{ items: Meeting[] }> {
  await getPartnershipRow(db, institutionId, partnershipId);
  const rows = await listMeetingRows(db, institutionId, partnershipId);
  const fileIds = rows.flatMap((row) => (row.material_file_id ? [row.material_file_id] : []));
  const files = new Map((await listMaterialFiles(db, institutionId, fileIds)).map((file) => [file.id, file]));
  const meetings = rows.map((row) =>
    toMeeting(row, row.material_file_id ? files.get(row.material_file_id) : undefined, now),
  );
  const upcoming = meetings.filter((meeting) => !meeting.started);
  const held = meetings.filter((meeting) => meeting.started).reverse();
  return { items: [...upcoming, ...held] };
}
