import { noFacts, type PartnershipFacts } from '../../../shared/domain/partnership-stages';
import type { Db } from '../../db/database';
import { hasPositiveMeetingOutcome } from './meetings/meetings.repository';
import { readRegisteredFacts } from './partnership-fact-sources';
import { countInteractionsWithFindings } from './partnerships.repository';

/**
 * The facts the stage gates read, from the database: findings from the contact log (step 2), the
 * outcomes of exploration meetings (step 4), and whatever the registered sources of later steps
 * know (work plans, agreements). Activities and evaluations are not recordable yet (issue 6): they
 * stay at their empty values until then.
 */
export async function readPartnershipFacts(
  db: Db,
  institutionId: string,
  partnershipId: string,
  reason: string | null,
): Promise<PartnershipFacts> {
  return {
    ...noFacts,
    ...(await readRegisteredFacts(db, institutionId, partnershipId)),
    interactionsWithFindings: await countInteractionsWithFindings(db, institutionId, partnershipId),
    positiveExplorationOutcome: await hasPositiveMeetingOutcome(db, institutionId, partnershipId),
    reasonGiven: Boolean(reason?.trim()),
  };
}
