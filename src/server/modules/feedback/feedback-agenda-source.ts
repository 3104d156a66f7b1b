import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import { startOfLocalDayUtc, timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import type { Db } from '../../db/database';
import type { AgendaContext } from '../care/index';
import { listUnansweredRows } from './feedback.repository';

/** A week gives the contact time to answer before a gentle reminder is due. */
export const feedbackNudgeAfterDays = 7;

function zoneOf(context: AgendaContext): TimeZoneCode {
  return (timeZones as readonly string[]).includes(context.timeZone)
    ? (context.timeZone as TimeZoneCode)
    : 'WIB';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * feedback_unanswered: requests sent a week or more ago and not answered, while the link still works
 * or expired within the last week (a new request is then the follow-up). Due a week after sending.
 */
export async function feedbackUnansweredItems(db: Db, context: AgendaContext): Promise<AgendaItem[]> {
  const zone = zoneOf(context);
  const rows = await listUnansweredRows(db, context.institutionId, {
    requestedBefore: startOfLocalDayUtc(addDays(context.today, 1 - feedbackNudgeAfterDays), zone),
    expiresAfter: startOfLocalDayUtc(addDays(context.today, -feedbackNudgeAfterDays), zone),
  });
  return rows.map((row) => {
    const dueOn = addDays(localDateOf(new Date(row.requested_at), zone), feedbackNudgeAfterDays);
    return {
      reason: 'feedback_unanswered',
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      facilitatorUserId: row.facilitator_user_id,
      subject: { type: 'feedback_request', id: row.id },
      dueOn,
      daysOverdue: daysBetween(dueOn, context.today),
      detail: row.contact_name,
      suggestedPurpose: 'follow_up',
    };
  });
}
