import type { Db } from '../../db/database';
import { checkContacts, checkPartners, checkStaff } from './check-engagement-references';
import { getPartnershipRow } from './get-partnership';

/** Every id an interaction names must be the institution's own; foreign ones are "not found". */
export async function checkInteractionReferences(
  db: Db,
  institutionId: string,
  refs: {
    partnerIds: string[];
    contactIds?: string[] | undefined;
    staffUserIds?: string[] | undefined;
    partnershipId?: string | null | undefined;
  },
): Promise<void> {
  await checkPartners(db, institutionId, refs.partnerIds);
  if (refs.contactIds) await checkContacts(db, institutionId, refs.contactIds, refs.partnerIds);
  if (refs.staffUserIds) await checkStaff(db, institutionId, refs.staffUserIds);
  if (refs.partnershipId) await getPartnershipRow(db, institutionId, refs.partnershipId);
}
