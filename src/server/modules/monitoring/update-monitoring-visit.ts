import type { z } from 'zod';
import type {
  MonitoringVisit,
  updateMonitoringVisitRequestSchema,
} from '../../../shared/contracts/monitoring';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { getMonitoringVisit } from './get-monitoring-visit';
import type { MonitoringActor } from './monitoring-actor';
import { updateVisitRow } from './monitoring.repository';

type UpdateInput = z.output<typeof updateMonitoringVisitRequestSchema>;

export async function updateMonitoringVisit(
  deps: AppDeps,
  actor: MonitoringActor,
  visitId: string,
  input: UpdateInput,
  requestId: string,
): Promise<MonitoringVisit> {
  const institutionId = actor.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const before = await getMonitoringVisit(trx, institutionId, visitId);
    const changed = await updateVisitRow(trx, institutionId, visitId, input.version, {
      ...(input.visitedOn !== undefined ? { visited_on: input.visitedOn } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.visitors !== undefined ? { visitors: input.visitors.join('\n') } : {}),
      ...(input.partnerAttendees !== undefined
        ? { partner_attendees: input.partnerAttendees.join('\n') }
        : {}),
      ...(input.findings !== undefined ? { findings: input.findings } : {}),
      ...(input.recommendations !== undefined ? { recommendations: input.recommendations } : {}),
      updated_at: deps.clock.now().toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = await getMonitoringVisit(trx, institutionId, visitId);
    await writeAudit(
      trx,
      deps,
      { principal: actor, requestId },
      {
        institutionId,
        action: 'monitoring_visit.updated',
        entityType: 'monitoring_visit',
        entityId: visitId,
        before,
        after,
      },
    );
    return after;
  });
}
