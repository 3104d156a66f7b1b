import type { CalendarOccasion } from '../../../shared/contracts/occasions';
import { anniversariesWithin, occurrenceIn } from '../../../shared/domain/anniversaries';
import type { CalendarOccasionKind } from '../../../shared/domain/care-vocabulary';
import { timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { localDateOf } from '../../../shared/domain/local-date';
import { greetingHolidayKeys } from '../../../shared/domain/official-holidays';
import type { Db } from '../../db/database';
import { readHolidayYears } from './holiday-year';
import {
  findInstitutionCareRow,
  listLivePartners,
  listOccasionRows,
  listSignedAgreements,
  type OccasionRow,
} from './occasions.repository';

const kindOrder: Record<CalendarOccasionKind, number> = {
  national_holiday: 0,
  cuti_bersama: 1,
  agreement_anniversary: 2,
  partner_founded: 3,
  product_launch: 4,
  custom: 5,
};

function yearsOf(range: { from: string; to: string }): number[] {
  const years: number[] = [];
  for (let y = Number(range.from.slice(0, 4)); y <= Number(range.to.slice(0, 4)); y += 1) years.push(y);
  return years;
}

/** A custom occasion's days within the range: its date, or each yearly return from its first year on. */
function occasionDates(row: OccasionRow, range: { from: string; to: string }): string[] {
  if (Number(row.repeats_yearly) !== 1)
    return row.date >= range.from && row.date <= range.to ? [row.date] : [];
  return yearsOf(range)
    .map((year) => occurrenceIn(row.date, year))
    .filter((date) => date >= row.date && date >= range.from && date <= range.to);
}

function base(
  id: string,
  kind: CalendarOccasionKind,
  date: string,
  title: string,
): Omit<CalendarOccasion, 'partnerId' | 'partnerName' | 'greeting'> {
  return {
    id,
    kind,
    date,
    title,
    occasionKey: null,
    calendarYearLabel: null,
    years: null,
    provisional: false,
    occasionId: null,
  };
}

/**
 * Every occasion of the institution within [from, to], sorted by day: holidays (cuti bersama only
 * when the institution observes it), yearly returns of signed agreements and of partners' founding,
 * product launches and custom occasions. The calendar feed and the greeting composer read it too.
 */
export async function listCalendarOccasions(
  db: Db,
  institutionId: string,
  range: { from: string; to: string },
): Promise<CalendarOccasion[]> {
  const institution = await findInstitutionCareRow(db, institutionId);
  if (!institution) return [];
  const zone: TimeZoneCode = (timeZones as readonly string[]).includes(institution.time_zone)
    ? (institution.time_zone as TimeZoneCode)
    : 'WIB';
  const observesCutiBersama = institution.observes_cuti_bersama === 1;
  const items: CalendarOccasion[] = [];

  for (const year of (await readHolidayYears(db, institutionId, yearsOf(range))).values()) {
    for (const holiday of year.items) {
      if (holiday.date < range.from || holiday.date > range.to) continue;
      if (holiday.kind === 'cuti_bersama' && !observesCutiBersama) continue;
      items.push({
        ...base(`holiday:${holiday.id}`, holiday.kind, holiday.date, holiday.name),
        partnerId: null,
        partnerName: null,
        occasionKey: holiday.occasionKey,
        calendarYearLabel: holiday.calendarYearLabel,
        provisional: holiday.provisional,
        greeting:
          holiday.kind === 'national_holiday' &&
          holiday.occasionKey !== null &&
          greetingHolidayKeys.has(holiday.occasionKey),
      });
    }
  }

  const partners = await listLivePartners(db, institutionId);
  const partnerNames = new Map(partners.map((partner) => [partner.id, partner.name]));
  for (const partner of partners) {
    if (!partner.founded_on) continue;
    for (const { date, years } of anniversariesWithin(partner.founded_on, range)) {
      items.push({
        ...base(`founded:${partner.id}@${date.slice(0, 4)}`, 'partner_founded', date, partner.name),
        partnerId: partner.id,
        partnerName: partner.name,
        occasionKey: 'partner_founded',
        years,
        greeting: true,
      });
    }
  }

  for (const agreement of await listSignedAgreements(db, institutionId)) {
    const signedOn = agreement.dated_on ?? localDateOf(new Date(agreement.activated_at!), zone);
    const partnerName = partnerNames.get(agreement.partner_id) ?? null;
    for (const { date, years } of anniversariesWithin(signedOn, range)) {
      items.push({
        ...base(
          `anniversary:${agreement.id}@${date.slice(0, 4)}`,
          'agreement_anniversary',
          date,
          agreement.institution_number
            ? `${agreement.subject} (${agreement.institution_number})`
            : agreement.subject,
        ),
        partnerId: agreement.partner_id,
        partnerName,
        occasionKey: 'anniversary',
        years,
        greeting: true,
      });
    }
  }

  for (const row of await listOccasionRows(db, institutionId)) {
    const repeats = Number(row.repeats_yearly) === 1;
    for (const date of occasionDates(row, range)) {
      items.push({
        ...base(
          repeats ? `occasion:${row.id}@${date.slice(0, 4)}` : `occasion:${row.id}`,
          row.kind as CalendarOccasionKind,
          date,
          row.title,
        ),
        partnerId: row.partner_id,
        partnerName: row.partner_id ? (partnerNames.get(row.partner_id) ?? null) : null,
        occasionKey: row.kind === 'product_launch' ? 'product_launch' : null,
        occasionId: row.id,
        greeting: row.partner_id !== null,
      });
    }
  }

  return items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title),
  );
}
