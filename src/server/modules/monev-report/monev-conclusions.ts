import type { Locale } from '../../../shared/contracts/auth';
import { formatDocumentDate } from '../../../shared/domain/calendar-date';
import { fill } from '../../../shared/i18n/catalog';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import type { MonevSource } from './load-monev-source';
import type { MonevBlock } from './monev-document-model';
import { headerOf, monevWords, wordOf } from './monev-words';

function bothSides(institution: string | null, partner: string | null, locale: Locale): MonevBlock {
  const words = monevWords[locale].conclusions;
  return {
    kind: 'list',
    items: [
      fill(words.institutionSide, { text: institution?.trim() || words.notFilled }),
      fill(words.partnerSide, { text: partner?.trim() || words.notFilled }),
    ],
  };
}

/** IV. Kesimpulan dan rekomendasi: both parties' words, the improvements and the decision. */
export function conclusionBlocks(source: MonevSource, locale: Locale): MonevBlock[] {
  const words = monevWords[locale].conclusions;
  const evaluation = source.evaluation;
  const decision = evaluation.decision
    ? fill(words.decision, {
        decision: wordOf(monevWords[locale].decisions, evaluation.decision),
        date: evaluation.decided_at
          ? ` (${formatDocumentDate(evaluation.decided_at.slice(0, 10), locale)})`
          : '',
        reason: evaluation.decision_reason ?? '-',
      })
    : words.noDecision;
  return [
    { kind: 'heading', text: words.goals },
    bothSides(evaluation.goals_summary, evaluation.partner_goals_summary, locale),
    { kind: 'heading', text: words.obstacles },
    bothSides(evaluation.obstacles, evaluation.partner_obstacles, locale),
    { kind: 'heading', text: words.recommendations },
    bothSides(evaluation.recommendations, evaluation.partner_recommendations, locale),
    { kind: 'heading', text: words.improvements },
    source.improvements.length === 0
      ? { kind: 'paragraph', text: words.noImprovements }
      : {
          kind: 'table',
          header: headerOf(words.improvementsHeader),
          rows: source.improvements.map((row, index) => [
            String(index + 1),
            row.improvement,
            row.owner_name ?? '-',
            row.due_on ? formatDocumentDate(row.due_on, locale) : '-',
            wordOf(monevWords[locale].improvementStatuses, row.status),
          ]),
        },
    { kind: 'heading', text: words.decisionHeading },
    { kind: 'paragraph', text: decision },
  ];
}

/** V. Lampiran: the RTL table, the monitoring visits and the evidence per activity. */
export function annexBlocks(source: MonevSource, locale: Locale): MonevBlock[] {
  const words = monevWords[locale].annexes;
  const catalog = catalogOf(locale);
  const titles = new Map(source.activities.map((activity) => [activity.id, activity.title]));
  return [
    { kind: 'heading', text: words.followUp },
    source.followUpRows.length === 0
      ? { kind: 'paragraph', text: words.noFollowUp }
      : {
          kind: 'table',
          header: headerOf(words.followUpHeader),
          rows: source.followUpRows.map((row, index) => [
            String(index + 1),
            row.activity,
            row.target,
            row.timing,
            row.person_responsible,
            row.success_indicator,
          ]),
        },
    { kind: 'heading', text: words.visits },
    source.visits.length === 0
      ? { kind: 'paragraph', text: words.noVisits }
      : {
          kind: 'table',
          header: headerOf(words.visitsHeader),
          rows: source.visits.map((visit, index) => [
            String(index + 1),
            formatDocumentDate(visit.visited_on, locale),
            visit.place,
            `${visit.visitors}\n${visit.partner_attendees}`,
            visit.findings,
            visit.recommendations ?? '-',
          ]),
        },
    { kind: 'heading', text: words.evidence },
    source.evidence.length === 0
      ? { kind: 'paragraph', text: words.noEvidence }
      : {
          kind: 'table',
          header: headerOf(words.evidenceHeader),
          rows: source.evidence.map((row, index) => [
            String(index + 1),
            titles.get(row.activity_id) ?? '-',
            wordOf(catalog.evidenceKinds, row.kind),
            row.original_name,
            row.caption ?? '-',
            wordOf(catalog.activityParties, row.added_by_side),
          ]),
        },
  ];
}
