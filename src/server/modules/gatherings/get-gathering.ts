import type { Gathering, GatheringSummary } from '../../../shared/contracts/gatherings';
import { ianaTimeZones, timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { toGatheringSummary, toInvitation } from './gathering-mappers';
import {
  findGatheringRow,
  findInstitutionLabels,
  listGatheringRows,
  listInvitationRows,
} from './gatherings.repository';

export async function getGathering(db: Db, institutionId: string, id: string): Promise<Gathering> {
  const row = await findGatheringRow(db, institutionId, id);
  if (!row) throw new AppError('GATHERING_NOT_FOUND');
  const invitations = (await listInvitationRows(db, institutionId, [id])).map(toInvitation);
  const zone = (await findInstitutionLabels(db, institutionId))?.time_zone ?? 'WIB';
  const code: TimeZoneCode = (timeZones as readonly string[]).includes(zone) ? (zone as TimeZoneCode) : 'WIB';
  return { ...toGatheringSummary(row, invitations), invitations, timeZone: ianaTimeZones[code] };
}

/** The institution's gatherings, latest first, each with its reply and attendance counts. */
export async function listGatherings(db: Db, institutionId: string): Promise<{ items: GatheringSummary[] }> {
  const rows = await listGatheringRows(db, institutionId);
  const invitations = (
    await listInvitationRows(
      db,
      institutionId,
      rows.map((row) => row.id),
    )
  ).map((row) => ({ gatheringId: row.gathering_id, invitation: toInvitation(row) }));
  return {
    items: rows.map((row) =>
      toGatheringSummary(
        row,
        invitations.filter((i) => i.gatheringId === row.id).map((i) => i.invitation),
      ),
    ),
  };
}
