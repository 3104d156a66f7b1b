import type { z } from 'zod';
import type {
  createMonitoringVisitRequestSchema,
  MonitoringVisit,
} from '../../../shared/contracts/monitoring';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import type { MonitoringActor } from './monitoring-actor';
import { toVisit } from './monitoring-mappers';
import { findMonitoredPartnership, findVisitRow, insertVisitRow } from './monitoring.repository';

type CreateInput = z.output<typeof createMonitoringVisitRequestSchema>;

export async function createMonitoringVisit(
  deps: AppDeps,
  actor: MonitoringActor,
  partnershipId: string,
  input: CreateInput,
  requestId: string,
): Promise<MonitoringVisit> {
  const institutionId = actor.institutionId;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findMonitoredPartnership(trx, institutionId, partnershipId)))
      throw new AppError('PARTNERSHIP_NOT_FOUND');
    const id = newId();
    await insertVisitRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: partnershipId,
      visited_on: input.visitedOn,
      place: input.place,
      visitors: input.visitors.join('\n'),
      partner_attendees: input.partnerAttendees.join('\n'),
      findings: input.findings,
      recommendations: input.recommendations ?? null,
      version: 1,
      created_by_user_id: actor.userId,
      created_at: now,
      updated_at: now,
    });
    const visit = toVisit((await findVisitRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal: actor, requestId },
      {
        institutionId,
        action: 'monitoring_visit.created',
        entityType: 'monitoring_visit',
        entityId: id,
        after: visit,
      },
    );
    return visit;
  });
}
