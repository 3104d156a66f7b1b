import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { AuditEventsTable } from '../../db/schema';

export type AuditEventRow = Selectable<AuditEventsTable>;

export interface AuditEventFilter {
  institutionId: string;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  fromIso?: string | undefined;
  toIso?: string | undefined;
  beforeSequence: number | null;
  limit: number;
}

/** Newest first, keyset on the chain's sequence. */
export function listAuditEventRows(db: Db, filter: AuditEventFilter): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll().where('institution_id', '=', filter.institutionId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.fromIso) query = query.where('occurred_at', '>=', filter.fromIso);
  if (filter.toIso) query = query.where('occurred_at', '<', filter.toIso);
  if (filter.beforeSequence !== null) query = query.where('sequence', '<', filter.beforeSequence);
  return query
    .orderBy('sequence', 'desc')
    .limit(filter.limit + 1)
    .execute();
}
