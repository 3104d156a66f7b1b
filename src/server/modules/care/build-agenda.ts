import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import { agreementExpiringWithinDays } from '../../../shared/domain/health-score';
import { startOfLocalDayUtc, timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AgendaReason } from '../../../shared/domain/care-vocabulary';
import { addDays } from '../../../shared/domain/local-date';
import { daysFromTo } from '../../../shared/domain/contact-cadence';
import type { Db } from '../../db/database';
import { readRegisteredAgendaItems, type AgendaContext } from './agenda-sources';
import { assessContact } from './assess-partner';
import { listActiveAgreementRows, listDueFollowUpRows } from './care.repository';
import { loadPartnerContactFacts, type PartnerContactFacts } from './load-partner-care-facts';

/** Among items due the same day, tasks someone promised come first, greetings last. */
const reasonRank: Record<AgendaReason, number> = {
  follow_up_due: 0,
  cadence_due: 1,
  agreement_expiring: 2,
  feedback_unanswered: 3,
  occasion_coming: 4,
};

export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  return (
    b.daysOverdue - a.daysOverdue ||
    reasonRank[a.reason] - reasonRank[b.reason] ||
    (a.partnerName ?? '').localeCompare(b.partnerName ?? '', 'id') ||
    a.subject.id.localeCompare(b.subject.id)
  );
}

function zoneOf(context: AgendaContext): TimeZoneCode {
  return (timeZones as readonly string[]).includes(context.timeZone)
    ? (context.timeZone as TimeZoneCode)
    : 'WIB';
}

function cadenceItems(facts: PartnerContactFacts[], context: AgendaContext): AgendaItem[] {
  const zone = zoneOf(context);
  // The start of the institution's day: the same "today" whatever hour the agenda is read.
  const now = new Date(startOfLocalDayUtc(context.today, zone));
  return facts.flatMap((f) => {
    const { next } = assessContact(f, zone, now);
    if (next.daysOverdue < 0) return [];
    return [
      {
        reason: 'cadence_due' as const,
        partnerId: f.partner.id,
        partnerName: f.partner.name,
        facilitatorUserId: f.partner.facilitator_user_id,
        subject: { type: 'partner' as const, id: f.partner.id },
        dueOn: next.dueOn,
        daysOverdue: next.daysOverdue,
        detail: null,
        suggestedPurpose: f.lastContactAt ? ('follow_up' as const) : ('introduction' as const),
      },
    ];
  });
}

async function expiringItems(
  db: Db,
  context: AgendaContext,
  facts: PartnerContactFacts[],
): Promise<AgendaItem[]> {
  const byId = new Map(facts.map((f) => [f.partner.id, f.partner]));
  const last = addDays(context.today, agreementExpiringWithinDays);
  const rows = await listActiveAgreementRows(db, { institutionId: context.institutionId });
  return rows
    .filter((row) => row.ends_on >= context.today && row.ends_on <= last && byId.has(row.partner_id))
    .map((row) => {
      const partner = byId.get(row.partner_id)!;
      return {
        reason: 'agreement_expiring' as const,
        partnerId: partner.id,
        partnerName: partner.name,
        facilitatorUserId: partner.facilitator_user_id,
        subject: { type: 'agreement' as const, id: row.id },
        dueOn: row.ends_on,
        daysOverdue: daysFromTo(row.ends_on, context.today),
        detail: row.institution_number ?? row.subject,
        suggestedPurpose: 'meeting_invitation' as const,
      };
    });
}

/** One item per task; among its partners, the one the asking facilitator looks after speaks for it. */
function followUpItems(
  rows: Awaited<ReturnType<typeof listDueFollowUpRows>>,
  context: AgendaContext,
  facilitatorUserId: string | null,
): AgendaItem[] {
  const chosen = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const current = chosen.get(row.id);
    const mine = facilitatorUserId !== null && row.facilitator_user_id === facilitatorUserId;
    if (!current || (mine && current.facilitator_user_id !== facilitatorUserId)) chosen.set(row.id, row);
  }
  return [...chosen.values()].map((row) => ({
    reason: 'follow_up_due' as const,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    facilitatorUserId: row.facilitator_user_id,
    subject: { type: 'interaction' as const, id: row.id },
    dueOn: row.follow_up_due_on!,
    daysOverdue: daysFromTo(row.follow_up_due_on!, context.today),
    detail: row.follow_up_task,
    suggestedPurpose: 'follow_up' as const,
  }));
}

/**
 * Who to contact today and why: the built-in reasons plus those other modules register. A
 * facilitator's agenda keeps their partners and the institution-wide items (partnerId null).
 */
export async function buildAgenda(
  db: Db,
  context: AgendaContext,
  filter: { facilitatorUserId: string | null },
): Promise<AgendaItem[]> {
  const [agenda] = await buildAgendas(db, context, [filter.facilitatorUserId]);
  return agenda!;
}

/**
 * The agendas of several readers (a facilitator's id, or null for the whole institution), in that
 * order, from one read of the institution's facts: the reminders of one institution's day used to
 * read every partner's facts again for each of its facilitators.
 */
export async function buildAgendas(
  db: Db,
  context: AgendaContext,
  facilitatorUserIds: (string | null)[],
): Promise<AgendaItem[][]> {
  const facts = await loadPartnerContactFacts(db, { institutionId: context.institutionId });
  const [expiring, followUpRows, registered] = await Promise.all([
    expiringItems(db, context, facts),
    listDueFollowUpRows(db, context.institutionId, context.today),
    readRegisteredAgendaItems(db, context),
  ]);
  const cadence = cadenceItems(facts, context);
  return facilitatorUserIds.map((facilitatorUserId) => {
    const all = [
      ...followUpItems(followUpRows, context, facilitatorUserId),
      ...cadence,
      ...expiring,
      ...registered,
    ];
    const kept =
      facilitatorUserId === null
        ? all
        : all.filter((item) => item.partnerId === null || item.facilitatorUserId === facilitatorUserId);
    return kept.sort(compareAgendaItems);
  });
}
