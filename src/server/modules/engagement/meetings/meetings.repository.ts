import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import type { FilesTable, PartnershipMeetingsTable } from '../../../db/schema';
import { deleteVersionedRow, updateVersionedRow } from '../../../db/update-versioned-row';

export type MeetingRow = Selectable<PartnershipMeetingsTable>;
export type MaterialFileRow = Pick<
  Selectable<FilesTable>,
  'id' | 'original_name' | 'media_type' | 'size_bytes' | 'storage_key' | 'sha256'
>;

/** More than a partnership ever holds; keeps one answer bounded. */
const maxMeetingsPerPartnership = 500;

export async function insertMeetingRow(db: Db, row: Insertable<PartnershipMeetingsTable>): Promise<void> {
  await db.insertInto('partnership_meetings').values(row).execute();
}

export async function findMeetingRow(
  db: Db,
  institutionId: string,
  partnershipId: string,
  id: string,
): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('partnership_meetings')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listMeetingRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<MeetingRow[]> {
  return db
    .selectFrom('partnership_meetings')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('starts_at')
    .orderBy('id')
    .limit(maxMeetingsPerPartnership)
    .execute();
}

export function updateMeetingRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<PartnershipMeetingsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'partnership_meetings', { institutionId, id, version }, changes);
}

export async function deleteMeetingRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
): Promise<boolean> {
  return deleteVersionedRow(db, 'partnership_meetings', { institutionId, id, version });
}

export async function listMaterialFiles(
  db: Db,
  institutionId: string,
  fileIds: string[],
): Promise<MaterialFileRow[]> {
  if (fileIds.length === 0) return [];
  return db
    .selectFrom('files')
    .select(['id', 'original_name', 'media_type', 'size_bytes', 'storage_key', 'sha256'])
    .where('institution_id', '=', institutionId)
    .where('id', 'in', fileIds)
    .execute();
}

/** The gate `positive_exploration_outcome`: any of the partnership's meetings ended positively. */
export async function hasPositiveMeetingOutcome(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('partnership_meetings')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('outcome', '=', 'positive')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface PartnershipContactRow {
  id: string;
  name: string;
  position: string | null;
  phone: string | null;
  whatsapp: number;
  email: string | null;
  partner_id: string;
  partner_name: string;
}

/** The contact persons of every partner in the partnership, by partner then name. */
export async function listPartnershipContacts(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<PartnershipContactRow[]> {
  return db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .innerJoin('partner_contacts', 'partner_contacts.partner_id', 'partners.id')
    .select([
      'partner_contacts.id',
      'partner_contacts.name',
      'partner_contacts.position',
      'partner_contacts.phone',
      'partner_contacts.whatsapp',
      'partner_contacts.email',
      'partners.id as partner_id',
      'partners.name as partner_name',
    ])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partner_contacts.institution_id', '=', institutionId)
    .where('partnership_partners.partnership_id', '=', partnershipId)
    .orderBy('partners.name_key')
    .orderBy('partner_contacts.name')
    .orderBy('partner_contacts.id')
    .execute();
}

/** What an invitation says about who invites: the institution's name, address and zone. */
export async function findInviterInstitution(
  db: Db,
  institutionId: string,
): Promise<{ name: string; address: string | null; time_zone: string } | undefined> {
  return db
    .selectFrom('institutions')
    .select(['name', 'address', 'time_zone'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}
