import type { MonitoringVisit } from '../../../shared/contracts/monitoring';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { toVisit } from './monitoring-mappers';
import { findVisitRow } from './monitoring.repository';

export async function getMonitoringVisit(
  db: Db,
  institutionId: string,
  visitId: string,
): Promise<MonitoringVisit> {
  const row = await findVisitRow(db, institutionId, visitId);
  if (!row) throw new AppError('MONITORING_VISIT_NOT_FOUND');
  return toVisit(row);
}
