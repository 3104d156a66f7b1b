import type { Db } from '../../db/database';
import { listAgreements, listPartnerNames, listWorkPlanItems } from '../monev-report/index';
import {
  listActivities,
  listEvaluations,
  listEvidenceFiles,
  listWorkPlans,
  type findPartnership,
} from './evidence-pack.repository';

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export type PackPartnershipRow = NonNullable<Rows<typeof findPartnership>>;

export interface PackPartnership {
  partnership: PackPartnershipRow;
  partnerNames: string[];
  agreements: Rows<typeof listAgreements>;
  workPlans: (Rows<typeof listWorkPlans>[number] & { items: Rows<typeof listWorkPlanItems> })[];
  activities: Rows<typeof listActivities>;
  evidence: Rows<typeof listEvidenceFiles>;
  evaluations: Rows<typeof listEvaluations>;
}

/** Everything one partnership contributes to a pack: rows only, no file bytes yet. */
export async function loadPackPartnership(
  db: Db,
  institutionId: string,
  partnership: PackPartnershipRow,
): Promise<PackPartnership> {
  const plans = await listWorkPlans(db, institutionId, partnership.id);
  const workPlans = [];
  for (const plan of plans)
    workPlans.push({ ...plan, items: await listWorkPlanItems(db, institutionId, plan.id) });
  return {
    partnership,
    partnerNames: await listPartnerNames(db, institutionId, partnership.id),
    agreements: await listAgreements(db, institutionId, partnership.id),
    workPlans,
    activities: await listActivities(db, institutionId, partnership.id),
    evidence: await listEvidenceFiles(db, institutionId, partnership.id),
    evaluations: await listEvaluations(db, institutionId, partnership.id),
  };
}
