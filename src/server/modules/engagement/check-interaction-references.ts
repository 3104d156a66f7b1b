import type { Db } from '../../db/database';
import { checkContacts, checkPartners, checkStaff } from './check-engagement-references';
import { getPartnershipRow } from './get-partnership';

/**
 * Every id an interaction names must be the institution's own; foreign ones are "not found". The
 * checks are asked together (one round trip's wait on PostgreSQL instead of four, S8), and the first
 * failure in the order below is the one reported, whichever answer came first.
 */
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
  const { contactIds, staffUserIds, partnershipId } = refs;
  const outcomes = await Promise.allSettled([
    checkPartners(db, institutionId, refs.partnerIds),
    contactIds && checkContacts(db, institutionId, contactIds, refs.partnerIds),
    staffUserIds && checkStaff(db, institutionId, staffUserIds),
    partnershipId && getPartnershipRow(db, institutionId, partnershipId),
  ]);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
