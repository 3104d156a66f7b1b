import type { Insertable } from 'kysely';
import type {
  PartnerContactsTable,
  PartnerExchangeItemsTable,
  PartnersTable,
  PartnerSearchTable,
  PartnerTagsTable,
} from '../../src/server/db/schema';
import { partnerRowFromInput } from '../../src/server/modules/partners/partner-row-from-input';
import type { PartnerRow } from '../../src/server/modules/partners/partners.repository';
import { searchBodyOf } from '../../src/server/modules/partners/refresh-partner-search';
import { createContactRequestSchema } from '../../src/shared/contracts/partner-contact-requests';
import { createPartnerRequestSchema } from '../../src/shared/contracts/partners';
import type { PartnerRef } from './engagement-rows';
import type { GeneratedPartner } from './partner-generator';
import type { Prng } from './prng';

export interface PartnerRows {
  partners: Insertable<PartnersTable>[];
  partner_tags: Insertable<PartnerTagsTable>[];
  partner_exchange_items: Insertable<PartnerExchangeItemsTable>[];
  partner_contacts: Insertable<PartnerContactsTable>[];
  partner_search: Insertable<PartnerSearchTable>[];
}

export const emptyPartnerRows = (): PartnerRows => ({
  partners: [],
  partner_tags: [],
  partner_exchange_items: [],
  partner_contacts: [],
  partner_search: [],
});

/**
 * The rows the app writes for this partner and its contacts: the request bodies pass through the
 * app's zod contracts (trimming, phone normalisation, NPWP digits, lower-case tags), the partner
 * row and the search text come from the app's own `partnerRowFromInput` and `searchBodyOf`, and
 * contacts are filled as manage-contacts.ts fills them (verify-dataset.ts checks all this on a sample).
 * Answers what the engagement generator needs of the partner.
 */
export function appendPartnerRows(
  out: PartnerRows,
  prng: Prng,
  institutionId: string,
  generated: GeneratedPartner,
  createdMs: number,
  updatedMs: number,
): PartnerRef {
  const input = createPartnerRequestSchema.parse(generated.partner);
  const id = prng.uuidV7(createdMs);
  const partner: Insertable<PartnersTable> = {
    ...partnerRowFromInput(input, { id, institutionId, now: new Date(createdMs).toISOString() }),
    // Some partners were edited after they were mapped.
    ...(updatedMs > createdMs ? { version: 2, updated_at: new Date(updatedMs).toISOString() } : {}),
  };
  out.partners.push(partner);
  for (const tag of new Set(input.tags ?? []))
    out.partner_tags.push({ institution_id: institutionId, partner_id: id, tag });
  for (const [direction, items] of [
    ['need', input.needs],
    ['offer', input.offers],
  ] as const) {
    for (const item of new Set(items ?? []))
      out.partner_exchange_items.push({ institution_id: institutionId, partner_id: id, direction, item });
  }
  const contacts: { id: string; name: string; email: string | null; phone: string | null }[] = [];
  generated.contacts.forEach((request, index) => {
    const contact = createContactRequestSchema.parse(request);
    // Contacts are added one after another once the partner exists; the search text lists them in that order.
    const contactMs = createdMs + (index + 1) * 60_000;
    const at = new Date(contactMs).toISOString();
    const contactId = prng.uuidV7(contactMs);
    out.partner_contacts.push({
      id: contactId,
      institution_id: institutionId,
      partner_id: id,
      name: contact.name,
      position: contact.position ?? null,
      phone: contact.phone ?? null,
      whatsapp: contact.whatsApp ? 1 : 0,
      email: contact.email ?? null,
      preferences: contact.preferences ?? null,
      sensitive_topics: contact.sensitiveTopics ?? null,
      legal_basis: contact.legalBasis,
      consent_given_by: contact.consent?.givenBy ?? null,
      consent_given_at: contact.consent?.givenAt ?? null,
      consent_channel: contact.consent?.channel ?? null,
      religion: contact.consent ? (contact.religion ?? null) : null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    contacts.push({
      id: contactId,
      name: contact.name,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
    });
  });
  out.partner_search.push({
    partner_id: id,
    institution_id: institutionId,
    body: searchBodyOf(partner as PartnerRow, contacts),
  });
  return {
    id,
    name: partner.name,
    createdMs,
    facilitatorId: input.facilitatorUserId ?? null,
    contacts: contacts.map(({ id: contactId, name }) => ({ id: contactId, name })),
  };
}
