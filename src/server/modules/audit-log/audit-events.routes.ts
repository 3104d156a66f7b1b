import { auditEventPageSchema, listAuditEventsQuerySchema } from '../../../shared/contracts/audit';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportAuditEvents, exportAuditEventsQuerySchema } from './export-audit-events';
import { defineRoute } from '../../platform/http/route-definition';
import { listAuditEvents } from './list-audit-events';

export const auditEventRoutes = [
  defineRoute({
    method: 'GET',
    path: '/audit-events',
    summary: "The institution's audit log, newest first",
    tag: 'Audit log',
    access: { kind: 'authenticated', permission: 'audit.read' },
    query: listAuditEventsQuerySchema,
    response: auditEventPageSchema,
    handler: ({ deps, principal, query }) => listAuditEvents(deps, principal, query),
  }),
  defineExportRoute({
    path: '/audit-events/export',
    summary: 'The audit log as XLSX or CSV, with the filters of the list',
    tag: 'Audit log',
    access: { kind: 'authenticated', permission: 'audit.read' },
    query: exportAuditEventsQuerySchema,
    file: ({ deps, principal, query }) => exportAuditEvents(deps, principal, query),
  }),
];
