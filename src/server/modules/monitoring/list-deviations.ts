import type { DeviationList, deviationListQuerySchema } from '../../../shared/contracts/monitoring';
import { compareDeviations } from '../../../shared/domain/deviation-rules';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/app-deps';
import { describeDeviations } from './describe-deviations';
import { institutionToday } from './institution-today';
import {
  listActivityFactRows,
  listPartnershipsInStages,
  listPlanItemRows,
  type ActivityFactRow,
  type PlanItemRow,
} from './monitoring.repository';

/** Stages in which the plan is being carried out, so its deviations call for action. */
export const monitoredStages: readonly PartnershipStage[] = [
  'implementation',
  'monitoring_evaluation',
  'improvement',
];

function groupBy<T extends { partnership_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.partnership_id, [...(groups.get(row.partnership_id) ?? []), row]);
  return groups;
}

/** Deviations across the institution's running partnerships: three queries however many there are. */
export async function listDeviations(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  query: z.output<typeof deviationListQuerySchema>,
): Promise<DeviationList> {
  const { today } = await institutionToday(deps.db, deps.clock, institutionId);
  const partnerships = await listPartnershipsInStages(
    deps.db,
    institutionId,
    monitoredStages,
    query.partnershipId,
  );
  const ids = partnerships.map((p) => p.id);
  const [itemRows, activityRows] = await Promise.all([
    listPlanItemRows(deps.db, institutionId, ids),
    listActivityFactRows(deps.db, institutionId, ids),
  ]);
  const items = groupBy<PlanItemRow>(itemRows);
  const activities = groupBy<ActivityFactRow>(activityRows);
  const all = partnerships.flatMap((partnership) =>
    describeDeviations(today, items.get(partnership.id) ?? [], activities.get(partnership.id) ?? []).map(
      (deviation) => ({
        ...deviation,
        partnership: {
          id: partnership.id,
          name: partnership.name,
          stage: partnership.stage as PartnershipStage,
          facilitatorName: partnership.facilitator_name,
        },
      }),
    ),
  );
  return {
    today,
    items: all.filter((d) => !query.severity || d.severity === query.severity).sort(compareDeviations),
  };
}
