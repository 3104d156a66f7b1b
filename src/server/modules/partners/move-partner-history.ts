import type { Db } from '../../db/database';
import { movePartnerDecisions } from '../analysis/index';
import { movePartnerEngagement } from '../engagement/index';
import { moveContactRows } from './partner-merges.repository';

export interface MovedHistory {
  contacts: number;
  partnerships: number;
  interactions: number;
}

/**
 * Everything that belongs to a partner and must survive a merge moves here, inside the merge's
 * transaction. Today that is its contact persons. Each later module that records rows against a
 * partner (interactions of step 2, partnerships, agreements, activities, care, feedback) adds its
 * move here, through that module's index.ts, so that no history is left behind on the deleted row.
 */
export async function movePartnerHistory(
  trx: Db,
  institutionId: string,
  fromPartnerId: string,
  toPartnerId: string,
  now: string,
): Promise<MovedHistory> {
  const contacts = await moveContactRows(trx, institutionId, fromPartnerId, toPartnerId, now);
  const engagement = await movePartnerEngagement(trx, institutionId, fromPartnerId, toPartnerId);
  // Step 3's decisions reference the partner row that is about to go.
  await movePartnerDecisions(trx, institutionId, fromPartnerId, toPartnerId);
  return { contacts, ...engagement };
}
