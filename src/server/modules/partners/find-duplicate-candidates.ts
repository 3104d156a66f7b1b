import type { DuplicateCandidate } from '../../../shared/contracts/partners';
import type { Db } from '../../db/database';
import { listPartnersSharingContact } from './partner-contacts.repository';
import { toComparableName } from './partner-mappers';
import { listDuplicateSuspectRows } from './partners.repository';
import { similarNames } from './similar-names';

export interface DuplicateProbe {
  name: string;
  regencyCode: string;
  nib: string | null;
  npwp: string | null;
  phones: string[];
  emails: string[];
  excludeId: string | null;
}

/** Likely duplicates: same NIB or NPWP, a contact's phone or email, or a very similar name in the regency. */
export async function findDuplicateCandidates(
  db: Db,
  institutionId: string,
  probe: DuplicateProbe,
): Promise<DuplicateCandidate[]> {
  const byId = new Map<string, DuplicateCandidate>();
  const add = (id: string, name: string, reason: DuplicateCandidate['reasons'][number]) => {
    const candidate = byId.get(id) ?? { id, name, reasons: [] };
    if (!candidate.reasons.includes(reason)) candidate.reasons.push(reason);
    byId.set(id, candidate);
  };
  const comparable = toComparableName(probe.name);
  const suspects = await listDuplicateSuspectRows(db, institutionId, probe);
  for (const row of suspects) {
    if (probe.nib && row.nib === probe.nib) add(row.id, row.name, 'same_nib');
    if (probe.npwp && row.npwp === probe.npwp) add(row.id, row.name, 'same_npwp');
    if (row.regency_code === probe.regencyCode && similarNames(comparable, toComparableName(row.name))) {
      add(row.id, row.name, 'similar_name');
    }
  }
  for (const row of await listPartnersSharingContact(db, institutionId, {
    ...probe,
    excludePartnerId: probe.excludeId,
  })) {
    if (row.phone && probe.phones.includes(row.phone)) add(row.id, row.name, 'same_phone');
    if (row.email && probe.emails.includes(row.email)) add(row.id, row.name, 'same_email');
  }
  return [...byId.values()].slice(0, 10);
}
