import {
  formatIndonesianDate,
  formatNumericDate,
  parseCalendarDate,
} from '../../../../shared/domain/calendar-date';
import { dateInWords } from '../../../../shared/domain/terbilang';
import type { AgreementDocument, AgreementKind } from './agreement-document-model';
import { documentNameOf, type ClauseValues } from './clause-templates';
import { countWithWords } from './document-words';

export interface ClauseValueSource {
  kind: AgreementKind;
  subject: string;
  programme: string | null;
  patternName: string;
  institution: { name: string; regencyName: string | null };
  partner: { name: string; regencyName: string | null };
  opening: { place: string };
  term: { startsOn: string; endsOn: string };
  parent: AgreementDocument['parent'];
}

/**
 * Whole months and the days left over from `startsOn` to the day after `endsOn` (a term from
 * 1 February to 31 January is twelve months).
 */
export function termLength(startsOn: string, endsOn: string): { months: number; days: number } {
  const start = parseCalendarDate(startsOn);
  const endDay = new Date(Date.UTC(2000, 0, 1));
  const end = parseCalendarDate(endsOn);
  endDay.setUTCFullYear(end.year, end.month - 1, end.day + 1);
  let months = (endDay.getUTCFullYear() - start.year) * 12 + (endDay.getUTCMonth() + 1 - start.month);
  const anchor = (count: number) => {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(start.year, start.month - 1 + count, 1);
    const lastDay = new Date(Date.UTC(2000, 0, 1));
    lastDay.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
    date.setUTCDate(Math.min(start.day, lastDay.getUTCDate()));
    return date;
  };
  if (anchor(months) > endDay) months -= 1;
  months = Math.max(0, months);
  const days = Math.round((endDay.getTime() - anchor(months).getTime()) / 86_400_000);
  return { months, days };
}

function durationText(startsOn: string, endsOn: string): string {
  const { months, days } = termLength(startsOn, endsOn);
  const parts: string[] = [];
  if (months > 0) parts.push(`${countWithWords(months)} bulan`);
  if (days > 0 || months === 0) parts.push(`${countWithWords(days)} hari`);
  return parts.join(' ');
}

/** "Kerja sama pelatihan" → "kerja sama pelatihan" inside a sentence; "PKW" and "LKP Rajut" stay. */
/** "Kerja sama pelatihan" → "kerja sama pelatihan"; a title ("Kerja Sama Operasional") and "PKW" stay. */
function inSentence(value: string): string {
  const trimmed = value.trim();
  const isTitle = /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(trimmed);
  return !isTitle && /^\p{Lu}\p{Ll}/u.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

const withFigures = (date: string) => `${dateInWords(date)} (${formatNumericDate(date)})`;

/** What each placeholder of `clausePlaceholders` stands for in this agreement. */
export function clauseValuesOf(source: ClauseValueSource): ClauseValues {
  const { term, parent } = source;
  const regency = source.institution.regencyName ?? source.opening.place;
  return {
    'institution.name': source.institution.name,
    'partner.name': source.partner.name,
    'institution.regency': source.institution.regencyName ?? '',
    'partner.regency': source.partner.regencyName ?? '',
    regency,
    place: source.opening.place,
    document: documentNameOf(source.kind),
    subject: inSentence(source.subject),
    programme: (source.programme ?? source.subject).trim(),
    pattern: source.patternName.trim(),
    'term.startsOn': formatIndonesianDate(term.startsOn),
    'term.endsOn': formatIndonesianDate(term.endsOn),
    'term.startsOnWords': withFigures(term.startsOn),
    'term.endsOnWords': withFigures(term.endsOn),
    'term.months': countWithWords(termLength(term.startsOn, term.endsOn).months),
    'term.duration': durationText(term.startsOn, term.endsOn),
    'parent.heading': parent?.heading ?? '',
    'parent.number': parent?.number ?? '-',
    'parent.date': parent ? formatIndonesianDate(parent.date) : '',
  };
}
