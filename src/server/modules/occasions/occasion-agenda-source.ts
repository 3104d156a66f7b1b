import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import type { CalendarOccasion } from '../../../shared/contracts/occasions';
import type { Db } from '../../db/database';
import type { AgendaContext } from '../care/index';
import { listCalendarOccasions } from './list-calendar-occasions';
import { listLivePartners } from './occasions.repository';

/** Holidays are greeted a while ahead (cards, hampers); a partner's own day needs less notice. */
export const holidayNoticeDays = 30;
export const partnerOccasionNoticeDays = 14;

const dayMs = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function subjectOf(occasion: CalendarOccasion): AgendaItem['subject'] {
  const id = occasion.id.slice(occasion.id.indexOf(':') + 1).split('@')[0]!;
  if (occasion.kind === 'partner_founded') return { type: 'partner', id };
  if (occasion.kind === 'agreement_anniversary') return { type: 'agreement', id };
  if (occasion.kind === 'national_holiday' || occasion.kind === 'cuti_bersama')
    return { type: 'holiday', id };
  return { type: 'occasion', id };
}

/**
 * The occasion_coming reason: each greeting holiday within 30 days once for the whole institution
 * (a two-day Idulfitri is one greeting), and each partner's own occasion within 14 days.
 */
export async function occasionAgendaSource(db: Db, context: AgendaContext): Promise<AgendaItem[]> {
  const occasions = await listCalendarOccasions(db, context.institutionId, {
    from: context.today,
    to: addDays(context.today, Math.max(holidayNoticeDays, partnerOccasionNoticeDays)),
  });
  const facilitators = new Map(
    (await listLivePartners(db, context.institutionId)).map((p) => [p.id, p.facilitator_user_id]),
  );
  const partnerHorizon = addDays(context.today, partnerOccasionNoticeDays);
  const greeted = new Set<string>();
  const items: AgendaItem[] = [];
  for (const occasion of occasions) {
    if (!occasion.greeting) continue;
    if (occasion.partnerId === null) {
      const key = `${occasion.occasionKey}:${occasion.calendarYearLabel ?? occasion.date.slice(0, 4)}`;
      if (occasion.kind !== 'national_holiday' || greeted.has(key)) continue;
      greeted.add(key);
    } else if (occasion.date > partnerHorizon) continue;
    items.push({
      reason: 'occasion_coming',
      partnerId: occasion.partnerId,
      partnerName: occasion.partnerName,
      facilitatorUserId: occasion.partnerId ? (facilitators.get(occasion.partnerId) ?? null) : null,
      subject: subjectOf(occasion),
      dueOn: occasion.date,
      daysOverdue: Math.round((Date.parse(context.today) - Date.parse(occasion.date)) / dayMs),
      detail:
        occasion.calendarYearLabel && !occasion.title.includes(occasion.calendarYearLabel)
          ? `${occasion.title} ${occasion.calendarYearLabel}`
          : occasion.title,
      suggestedPurpose: 'greeting',
    });
  }
  return items;
}
