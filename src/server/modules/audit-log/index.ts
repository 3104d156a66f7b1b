/** The audit-log module's public entry: reading the log (writing is platform/audit). */
export { auditEventRoutes } from './audit-events.routes';
