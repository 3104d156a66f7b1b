import type { Db } from '../../db/database';

/** What a message needs to know of the sending institution. */
export function findSenderInstitution(db: Db, institutionId: string) {
  return db
    .selectFrom('institutions')
    .select(['name', 'time_zone'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

export function findRecipientPartner(db: Db, institutionId: string, partnerId: string) {
  return db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}

/** The contact only as one of this partner's: another partner's contact is "not found". */
export function findRecipientContact(db: Db, institutionId: string, partnerId: string, contactId: string) {
  return db
    .selectFrom('partner_contacts')
    .select([
      'id',
      'name',
      'salutation',
      'phone',
      'whatsapp',
      'email',
      'preferences',
      'sensitive_topics',
      'legal_basis',
      'consent_given_at',
      'consent_withdrawn_at',
      'religion',
    ])
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

export type RecipientContact = NonNullable<Awaited<ReturnType<typeof findRecipientContact>>>;
