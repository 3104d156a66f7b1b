import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { updateVersionedRow } from '../../db/update-versioned-row';
import type { PartnerContactsTable } from '../../db/schema';

export type ContactRow = Selectable<PartnerContactsTable>;

export function listContactRows(db: Db, institutionId: string, partnerIds: string[]): Promise<ContactRow[]> {
  if (partnerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partner_contacts')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partner_id', 'in', partnerIds)
    .orderBy('partner_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type ContactSummaryRow = Pick<
  ContactRow,
  'partner_id' | 'name' | 'phone' | 'whatsapp' | 'email' | 'legal_basis' | 'consent_withdrawn_at'
>;

/** What a list or an export shows of the contacts of a page of partners, in `listContactRows` order. */
export function listContactSummaryRows(
  db: Db,
  institutionId: string,
  partnerIds: string[],
): Promise<ContactSummaryRow[]> {
  if (partnerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partner_contacts')
    .select(['partner_id', 'name', 'phone', 'whatsapp', 'email', 'legal_basis', 'consent_withdrawn_at'])
    .where('institution_id', '=', institutionId)
    .where('partner_id', 'in', partnerIds)
    .orderBy('partner_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findContactRow(
  db: Db,
  institutionId: string,
  partnerId: string,
  id: string,
): Promise<ContactRow | undefined> {
  return db
    .selectFrom('partner_contacts')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertContactRow(db: Db, row: Insertable<PartnerContactsTable>): Promise<void> {
  await db.insertInto('partner_contacts').values(row).execute();
}

export function updateContactRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<PartnerContactsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'partner_contacts', { institutionId, id, version }, changes);
}

export async function deleteContactRow(db: Db, institutionId: string, id: string): Promise<void> {
  await db
    .deleteFrom('partner_contacts')
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

/** Partners (other than `excludePartnerId`) with a contact of this phone or email. */
export function listPartnersSharingContact(
  db: Db,
  institutionId: string,
  probe: { phones: string[]; emails: string[]; excludePartnerId: string | null },
) {
  if (probe.phones.length === 0 && probe.emails.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('partner_contacts')
    .innerJoin('partners', 'partners.id', 'partner_contacts.partner_id')
    .select(['partners.id', 'partners.name', 'partner_contacts.phone', 'partner_contacts.email'])
    .where('partner_contacts.institution_id', '=', institutionId)
    .where((eb) =>
      eb.or([
        ...(probe.phones.length ? [eb('partner_contacts.phone', 'in', probe.phones)] : []),
        ...(probe.emails.length ? [eb('partner_contacts.email', 'in', probe.emails)] : []),
      ]),
    );
  if (probe.excludePartnerId) query = query.where('partners.id', '!=', probe.excludePartnerId);
  return query.limit(50).execute();
}
