import { countAgreementsOfPartnership, hasActiveAgreement } from './modules/agreements/index';
import { registerPartnershipFactSource, type PartnershipFactSource } from './modules/engagement/index';
import { readEvaluationFacts } from './modules/evaluations/index';
import { countActivitiesOfPartnership } from './modules/implementation/index';
import { countWorkPlanItemsOfPartnership } from './modules/work-plans/index';

/** The stage gates of steps 5–7 read facts the work-plan and agreement modules keep (ADR 0013). */
const laterStepFacts: PartnershipFactSource = async (db, institutionId, partnershipId) => ({
  workPlanExists: (await countWorkPlanItemsOfPartnership(db, institutionId, partnershipId)) > 0,
  agreementDrafted: (await countAgreementsOfPartnership(db, institutionId, partnershipId)) > 0,
  signedAgreement: await hasActiveAgreement(db, institutionId, partnershipId),
  activitiesRecorded: await countActivitiesOfPartnership(db, institutionId, partnershipId),
});

/** Called at boot, so the server, the CLI and the tests all decide moves on the same facts. */
export function wirePartnershipFacts(): void {
  registerPartnershipFactSource(laterStepFacts);
  // Steps 9–10: an evaluation with the institution's part given, a decision to continue.
  registerPartnershipFactSource(readEvaluationFacts);
}
