import type { PartnershipMonitoring } from '../../../shared/contracts/monitoring';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { describeDeviations } from './describe-deviations';
import { institutionToday } from './institution-today';
import { toProblem, toVisit } from './monitoring-mappers';
import { monitoringProgress } from './monitoring-progress';
import {
  findMonitoredPartnership,
  listActivityFactRows,
  listPlanItemRows,
  listProblemRows,
  listVisitRows,
} from './monitoring.repository';

/**
 * Everything the partnership page's monitoring section shows. Deviations are computed whatever the
 * stage: a plan's dates passing is news even before the agreement is signed.
 */
export async function getPartnershipMonitoring(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  partnershipId: string,
): Promise<PartnershipMonitoring> {
  const partnership = await findMonitoredPartnership(deps.db, institutionId, partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  const [{ today, timeZone }, itemRows, activityRows, problems, visits] = await Promise.all([
    institutionToday(deps.db, deps.clock, institutionId),
    listPlanItemRows(deps.db, institutionId, [partnershipId]),
    listActivityFactRows(deps.db, institutionId, [partnershipId]),
    listProblemRows(deps.db, institutionId, partnershipId),
    listVisitRows(deps.db, institutionId, partnershipId),
  ]);
  return {
    partnershipId,
    today,
    timeZone,
    deviations: describeDeviations(today, itemRows, activityRows),
    problems: problems.map(toProblem),
    visits: visits.map(toVisit),
    progress: monitoringProgress(itemRows, activityRows),
  };
}
