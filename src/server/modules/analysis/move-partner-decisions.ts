import type { Db } from '../../db/database';
import { moveNeedDecisionRows } from './needs.repository';

/**
 * Part of a partner merge (partners/move-partner-history.ts), inside its transaction: decisions on
 * the merged-away partner are kept under the kept partner. Both partners' rows stay as history;
 * the newest per need is the current decision, whichever partner it was first taken on.
 */
export function movePartnerDecisions(
  trx: Db,
  institutionId: string,
  fromPartnerId: string,
  toPartnerId: string,
): Promise<number> {
  return moveNeedDecisionRows(trx, institutionId, fromPartnerId, toPartnerId);
}
