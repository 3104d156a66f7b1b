import type { Db } from '../../db/database';
import { listContactSummaryRows, type ContactSummaryRow } from './partner-contacts.repository';
import { listPartnerLabels, type PartnerLabels } from './partner-labels.repository';
import { isListableContact } from './partner-mappers';
import type { PartnerFilter } from './partners.repository';
import { toSearchFragment } from './refresh-partner-search';

/** The list's and the export's query as the repository filters it (a phone fragment as digits). */
export function toPartnerFilter(
  query: Omit<PartnerFilter, 'institutionId'>,
  institutionId: string,
): PartnerFilter {
  return { ...query, institutionId, q: query.q ? toSearchFragment(query.q) : undefined };
}

export interface PartnerPageDetails {
  labels: Map<string, PartnerLabels>;
  firstContact: Map<string, ContactSummaryRow>;
}

/** Labels and first listable contact of a page of partners: two queries whatever the page size. */
export async function loadPartnerPageDetails(
  db: Db,
  institutionId: string,
  partnerIds: string[],
): Promise<PartnerPageDetails> {
  const [labels, contacts] = await Promise.all([
    listPartnerLabels(db, institutionId, partnerIds),
    listContactSummaryRows(db, institutionId, partnerIds),
  ]);
  const firstContact = new Map<string, ContactSummaryRow>();
  for (const contact of contacts) {
    if (!firstContact.has(contact.partner_id) && isListableContact(contact))
      firstContact.set(contact.partner_id, contact);
  }
  return { labels, firstContact };
}
