import type { Db } from '../../db/database';
import { moveEngagementLinks } from './partner-engagement-moves.repository';

/**
 * Part of a partner merge (partners/move-partner-history.ts): the merged-away partner's
 * partnerships and interactions now name the kept partner, inside the merge's transaction.
 */
export function movePartnerEngagement(
  trx: Db,
  institutionId: string,
  fromPartnerId: string,
  toPartnerId: string,
): Promise<{ partnerships: number; interactions: number }> {
  return moveEngagementLinks(trx, institutionId, fromPartnerId, toPartnerId);
}
