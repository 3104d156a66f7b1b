import type { z } from 'zod';
import type { AuditEvent, listAuditEventsQuerySchema } from '../../../shared/contracts/audit';
import type { Page } from '../../../shared/contracts/common';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { startOfLocalDayUtc } from '../../../shared/domain/institution-kinds';
import { findInstitutionTimeZone } from '../institutions/index';
import { listAuditEventRows, type AuditEventRow } from './audit-events.repository';

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    sequence: row.sequence,
    institutionId: row.institution_id,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    requestId: row.request_id,
    occurredAt: row.occurred_at,
  };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The caller's own institution's log; `from` and `to` are whole days in the institution's zone. */
export async function listAuditEvents(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listAuditEventsQuerySchema>,
): Promise<Page<AuditEvent>> {
  const cursor = decodeCursor(query.cursor, 1);
  const zone = await findInstitutionTimeZone(deps.db, principal.institutionId);
  const rows = await listAuditEventRows(deps.db, {
    institutionId: principal.institutionId,
    action: query.action,
    entityType: query.entityType,
    entityId: query.entityId,
    actorUserId: query.actorUserId,
    fromIso: query.from ? startOfLocalDayUtc(query.from, zone) : undefined,
    toIso: query.to ? startOfLocalDayUtc(nextDay(query.to), zone) : undefined,
    beforeSequence: cursor ? Number(cursor[0]) : null,
    limit: query.limit,
  });
  return toPage(rows, query.limit, toAuditEvent, (row) => [row.sequence]);
}
