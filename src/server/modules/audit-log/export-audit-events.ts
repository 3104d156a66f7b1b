import type { z } from 'zod';
import { listAuditEventsQuerySchema, type AuditEvent } from '../../../shared/contracts/audit';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listAuditEvents } from './list-audit-events';

export const exportAuditEventsQuerySchema = exportQueryOf(listAuditEventsQuerySchema);

/** The audit log, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportAuditEvents(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportAuditEventsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.auditEvents;
  return exportList<AuditEvent>(deps, {
    format: query.format,
    name: words.files.auditEvents,
    sheetName: words.sheets.auditEvents,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) => listAuditEvents(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.sequence, kind: 'number', value: (item) => item.sequence },
      { header: column.occurredAt, kind: 'datetime', value: (item) => item.occurredAt },
      { header: column.actor, value: (item) => item.actorName },
      { header: column.action, value: (item) => item.action },
      { header: column.entityType, value: (item) => item.entityType },
      { header: column.entityId, value: (item) => item.entityId },
      { header: column.requestId, value: (item) => item.requestId },
    ],
  });
}
