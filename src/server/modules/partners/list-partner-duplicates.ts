import type { DuplicateCandidate } from '../../../shared/contracts/partners';
import type { Db } from '../../db/database';
import { findDuplicateCandidates } from './find-duplicate-candidates';
import { getPartnerRow } from './get-partner';
import { listContactRows } from './partner-contacts.repository';

/** Likely duplicates of a registered partner, by the same rules as on create, its contacts included. */
export async function listPartnerDuplicates(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<DuplicateCandidate[]> {
  const partner = await getPartnerRow(db, institutionId, partnerId);
  const contacts = await listContactRows(db, institutionId, [partnerId]);
  return findDuplicateCandidates(db, institutionId, {
    name: partner.name,
    regencyCode: partner.regency_code,
    nib: partner.nib,
    npwp: partner.npwp,
    phones: contacts.flatMap((contact) => (contact.phone ? [contact.phone] : [])),
    emails: contacts.flatMap((contact) => (contact.email ? [contact.email] : [])),
    excludeId: partnerId,
  });
}
