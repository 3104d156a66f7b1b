import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getMonitoringVisit } from './get-monitoring-visit';
import type { MonitoringActor } from './monitoring-actor';
import { deleteVisitRow } from './monitoring.repository';

export async function deleteMonitoringVisit(
  deps: AppDeps,
  actor: MonitoringActor,
  visitId: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = actor.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const before = await getMonitoringVisit(trx, institutionId, visitId);
    if (!(await deleteVisitRow(trx, institutionId, visitId, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await writeAudit(
      trx,
      deps,
      { principal: actor, requestId },
      {
        institutionId,
        action: 'monitoring_visit.deleted',
        entityType: 'monitoring_visit',
        entityId: visitId,
        before,
      },
    );
  });
}
