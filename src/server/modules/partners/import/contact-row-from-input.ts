import type { Insertable } from 'kysely';
import type { PartnerContactsTable } from '../../../db/schema';
import type { ContactInput } from './parse-import-row';

export function contactRowFromImport(
  contact: ContactInput,
  meta: { id: string; institutionId: string; partnerId: string; now: string },
): Insertable<PartnerContactsTable> {
  return {
    id: meta.id,
    institution_id: meta.institutionId,
    partner_id: meta.partnerId,
    name: contact.name,
    position: contact.position ?? null,
    phone: contact.phone ?? null,
    whatsapp: contact.whatsApp ? 1 : 0,
    email: contact.email ?? null,
    preferences: null,
    sensitive_topics: null,
    legal_basis: contact.legalBasis,
    consent_given_by: null,
    consent_given_at: null,
    consent_channel: null,
    religion: null,
    version: 1,
    created_at: meta.now,
    updated_at: meta.now,
  };
}
