import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { GatheringInvitationsTable, GatheringsTable } from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type GatheringRow = Selectable<GatheringsTable>;
export type InvitationRow = Selectable<GatheringInvitationsTable> & {
  partner_name: string;
  contact_name: string | null;
};

export function listGatheringRows(db: Db, institutionId: string): Promise<GatheringRow[]> {
  return db
    .selectFrom('gatherings')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('starts_at', 'desc')
    .execute();
}

export function findGatheringRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<GatheringRow | undefined> {
  return db
    .selectFrom('gatherings')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertGatheringRow(db: Db, row: Insertable<GatheringsTable>): Promise<void> {
  await db.insertInto('gatherings').values(row).execute();
}

export function updateGatheringRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<GatheringsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'gatherings', { institutionId, id, version }, changes);
}

function invitationQuery(db: Db, institutionId: string) {
  return db
    .selectFrom('gathering_invitations as i')
    .innerJoin('partners as p', (join) =>
      join.onRef('p.id', '=', 'i.partner_id').onRef('p.institution_id', '=', 'i.institution_id'),
    )
    .leftJoin('partner_contacts as c', (join) =>
      join.onRef('c.id', '=', 'i.contact_id').onRef('c.institution_id', '=', 'i.institution_id'),
    )
    .selectAll('i')
    .select(['p.name as partner_name', 'c.name as contact_name'])
    .where('i.institution_id', '=', institutionId);
}

export function listInvitationRows(
  db: Db,
  institutionId: string,
  gatheringIds: string[],
): Promise<InvitationRow[]> {
  if (gatheringIds.length === 0) return Promise.resolve([]);
  return invitationQuery(db, institutionId)
    .where('i.gathering_id', 'in', gatheringIds)
    .orderBy('p.name')
    .orderBy('i.id')
    .execute();
}

export function findInvitationRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  return invitationQuery(db, institutionId).where('i.id', '=', id).executeTakeFirst();
}

/** The invitation behind a public link, whichever institution it belongs to (the link says). */
export function findInvitationRowById(
  db: Db,
  id: string,
): Promise<Selectable<GatheringInvitationsTable> | undefined> {
  return db.selectFrom('gathering_invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInvitationRow(db: Db, row: Insertable<GatheringInvitationsTable>): Promise<void> {
  await db.insertInto('gathering_invitations').values(row).execute();
}

export async function setInvitationLink(
  db: Db,
  institutionId: string,
  id: string,
  linkId: string,
): Promise<void> {
  await db
    .updateTable('gathering_invitations')
    .set({ public_link_id: linkId })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function updateInvitationRow(
  db: Db,
  institutionId: string,
  id: string,
  changes: Updateable<GatheringInvitationsTable>,
): Promise<void> {
  await db
    .updateTable('gathering_invitations')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export interface InviteeRow {
  partner_id: string;
  partner_name: string;
  facilitator_user_id: string | null;
}

export function listPartnersByIds(db: Db, institutionId: string, ids: string[]): Promise<InviteeRow[]> {
  return db
    .selectFrom('partners')
    .select(['id as partner_id', 'name as partner_name', 'facilitator_user_id'])
    .where('institution_id', '=', institutionId)
    .where('id', 'in', ids)
    .execute();
}

export interface InviteeContactRow {
  id: string;
  partner_id: string;
  name: string;
  phone: string | null;
  whatsapp: number;
  consent_withdrawn_at: string | null;
  created_at: string;
}

export function listContactsOfPartners(
  db: Db,
  institutionId: string,
  partnerIds: string[],
): Promise<InviteeContactRow[]> {
  return db
    .selectFrom('partner_contacts')
    .select(['id', 'partner_id', 'name', 'phone', 'whatsapp', 'consent_withdrawn_at', 'created_at'])
    .where('institution_id', '=', institutionId)
    .where('partner_id', 'in', partnerIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findInstitutionLabels(
  db: Db,
  institutionId: string,
): Promise<{ name: string; time_zone: string } | undefined> {
  return db
    .selectFrom('institutions')
    .select(['name', 'time_zone'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

export function findPartnerName(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<{ name: string } | undefined> {
  return db
    .selectFrom('partners')
    .select('name')
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}
