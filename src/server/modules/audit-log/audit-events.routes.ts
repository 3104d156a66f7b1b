import { auditEventPageSchema, listAuditEventsQuerySchema } from '../../../shared/contracts/audit';
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
];
