import { toLocalPhone } from '../../../shared/domain/phone';
import type { Db } from '../../db/database';
import { listContactRows } from './partner-contacts.repository';
import { saveSearchBody } from './partner-search.repository';
import type { PartnerRow } from './partners.repository';

/**
 * The text a search fragment is matched against: names, identifiers, and each contact's name,
 * email and phone in both forms (E.164 digits and 08…), so "3456" or "0812 3456" both find it.
 */
export async function refreshPartnerSearch(db: Db, partner: PartnerRow): Promise<void> {
  const contacts = await listContactRows(db, partner.institution_id, [partner.id]);
  await saveSearchBody(db, partner.institution_id, partner.id, searchBodyOf(partner, contacts));
}

export function searchBodyOf(
  partner: Pick<PartnerRow, 'name' | 'sector' | 'nib' | 'npwp' | 'cooperative_legal_number'>,
  contacts: { name: string; email: string | null; phone: string | null }[],
): string {
  const parts = [partner.name, partner.sector, partner.nib, partner.npwp, partner.cooperative_legal_number];
  for (const contact of contacts) {
    parts.push(contact.name, contact.email);
    if (contact.phone) parts.push(contact.phone.replace('+', ''), toLocalPhone(contact.phone));
  }
  return parts.filter(Boolean).join(' | ');
}

/** A typed phone fragment ("0812-3456") searches as digits; anything else as typed. */
export function toSearchFragment(q: string): string {
  return /^[+\d][\d\s().-]*$/.test(q) && /\d{3}/.test(q.replace(/\D/g, '')) ? q.replace(/\D/g, '') : q;
}
