import {
  displayAgreementStatus,
  type StoredAgreementStatus,
} from '../../../../shared/domain/agreement-status';
import { stepStages } from '../../../../shared/domain/partnership-stages';
import { fill } from '../../../../shared/i18n/catalog';
import type { AnnualVocabulary } from './annual-words';
import type { AnnualSource } from './load-annual-source';

/** Numbers stay numbers until a renderer prints them: the XLSX keeps them as numeric cells. */
export type ReportCell = string | number | null;

export interface ReportTable {
  title: string;
  header: string[];
  rows: ReportCell[][];
}

/** The figures of one group (a sheet in the XLSX, a chart and table in the documents). */
export interface FigureGroup {
  key: 'summary' | 'partners' | 'funnel' | 'activities' | 'outcomes' | 'feedback';
  sheet: string;
  tables: ReportTable[];
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

export function identityTable(source: AnnualSource, v: AnnualVocabulary): ReportTable {
  const i = source.institution;
  const w = v.words.identity;
  const licence = i.operating_licence_number
    ? `${i.operating_licence_number}${i.operating_licence_issued_on ? `, ${v.dateText(i.operating_licence_issued_on)}` : ''}`
    : '-';
  return {
    title: w.title,
    header: [...w.header],
    rows: [
      [w.name, i.name],
      [w.npsn, i.npsn ?? '-'],
      [w.address, i.address ?? '-'],
      [w.place, source.placeName ?? '-'],
      [w.licence, licence],
      [w.accreditation, i.accreditation_grade ?? '-'],
      [w.year, String(source.year)],
    ],
  };
}

function summaryTable(source: AnnualSource, v: AnnualVocabulary): ReportTable {
  const d = source.dashboard;
  const w = v.words.summary;
  return {
    title: w.title,
    header: [...w.header],
    rows: [
      [w.partners, d.partners.total],
      [w.neglected, d.partners.neglected],
      [w.partnerships, d.funnel[0]?.reached ?? 0],
      [w.activeAgreements, d.agreements.active],
      [w.expiringAgreements, d.agreements.expiring],
      [w.expiredAgreements, d.agreements.expired],
      [w.onTime, d.activities.onTime],
      [w.late, d.activities.late],
      [w.overdue, d.activities.overdue],
      [w.unplanned, d.activities.unplanned],
      [w.answered, d.feedback.answered],
      [w.averageSatisfaction, d.feedback.averageSatisfaction],
      [w.nps, d.feedback.nps],
    ],
  };
}

const timelinessKeys = ['onTime', 'late', 'overdue', 'unplanned'] as const;

export function figureGroups(source: AnnualSource, v: AnnualVocabulary): FigureGroup[] {
  const d = source.dashboard;
  const { sheets, partners, funnel, timeliness, outcomes, feedback, summary } = v.words;
  return [
    {
      key: 'summary',
      sheet: sheets.summary,
      tables: [identityTable(source, v), summaryTable(source, v)],
    },
    {
      key: 'partners',
      sheet: sheets.partners,
      tables: [
        {
          title: partners.byCategory,
          header: [...partners.byCategoryHeader],
          rows: d.partners.byCategory.map((s) => [v.categoryName(s.key, source.categoryNames), s.count]),
        },
        {
          title: partners.byRegion,
          header: [...partners.byRegionHeader],
          rows: d.partners.byRegion.map((r) => [r.code, r.name ?? '-', r.count]),
        },
        {
          title: partners.byPattern,
          header: [...partners.byPatternHeader],
          rows: d.partners.byPattern.map((s) => [v.patternName(s.key, source.patternNames), s.count]),
        },
        {
          title: partners.byHealth,
          header: [...partners.byHealthHeader],
          rows: d.partners.byHealth.map((s) => [v.healthName(s.key), s.count]),
        },
      ],
    },
    {
      key: 'funnel',
      sheet: sheets.funnel,
      tables: [
        {
          title: funnel.title,
          header: [...funnel.header],
          rows: stepStages.map((stage) => {
            const step = d.funnel.find((s) => s.stage === stage);
            return [
              v.stageName(stage),
              step?.reached ?? 0,
              percent(step?.conversion ?? null),
              step?.averageDaysInStage === null || step?.averageDaysInStage === undefined
                ? null
                : Math.round(step.averageDaysInStage * 10) / 10,
            ];
          }),
        },
      ],
    },
    {
      key: 'activities',
      sheet: sheets.activities,
      tables: [
        {
          title: timeliness.title,
          header: [...timeliness.header],
          rows: timelinessKeys.map((key) => [timeliness[key], d.activities[key]]),
        },
      ],
    },
    {
      key: 'outcomes',
      sheet: sheets.outcomes,
      tables: [
        {
          title: outcomes.title,
          header: [...outcomes.header],
          rows: d.outcomes.map((o) => [v.outcomeName(o.kind), o.total]),
        },
      ],
    },
    {
      key: 'feedback',
      sheet: sheets.feedback,
      tables: [
        {
          title: feedback.satisfaction,
          header: [...feedback.satisfactionHeader],
          rows: d.feedback.bySatisfaction.map((s) => [fill(feedback.score, { score: s.score }), s.count]),
        },
        {
          title: feedback.recommendation,
          header: [...feedback.recommendationHeader],
          rows: [
            [summary.answered, d.feedback.answered],
            [feedback.promoters, d.feedback.promoters],
            [feedback.passives, d.feedback.passives],
            [feedback.detractors, d.feedback.detractors],
            [summary.nps, d.feedback.nps],
            [summary.averageSatisfaction, d.feedback.averageSatisfaction],
          ],
        },
      ],
    },
  ];
}

export function partnershipsTable(source: AnnualSource, v: AnnualVocabulary): ReportTable {
  const w = v.words.partnerships;
  return {
    title: w.title,
    header: [v.words.numberColumn, ...w.header],
    rows: source.partnerships.map((p, index) => [
      index + 1,
      p.name,
      p.partnerNames.join(', ') || '-',
      p.programme ?? '-',
      v.patternName(p.pattern, source.patternNames),
      v.stageName(p.stage),
    ]),
  };
}

export function agreementsTable(source: AnnualSource, v: AnnualVocabulary): ReportTable {
  const w = v.words.agreements;
  return {
    title: w.title,
    header: [v.words.numberColumn, ...w.header],
    rows: source.agreements.map((a, index) => [
      index + 1,
      a.institution_number ?? '-',
      a.partner_name,
      v.agreementKindName(a.kind),
      a.subject,
      v.dateText(a.starts_on),
      v.dateText(a.ends_on),
      v.agreementStatusName(
        displayAgreementStatus(a.status as StoredAgreementStatus, a.ends_on, source.today),
      ),
    ]),
  };
}

export function activitiesTable(source: AnnualSource, v: AnnualVocabulary): ReportTable {
  const w = v.words.doneActivities;
  return {
    title: w.title,
    header: [v.words.numberColumn, ...w.header],
    rows: source.activities.map((a, index) => [
      index + 1,
      v.dateText(a.ended_on),
      a.title,
      a.partnership_name,
      v.outcomeName(a.outcome_kind),
      a.actual_quantity,
      a.outputs ?? '-',
    ]),
  };
}

export function valueRecordsTable(source: AnnualSource, v: AnnualVocabulary): ReportTable {
  const w = v.words.valueRecords;
  return {
    title: w.title,
    header: [v.words.numberColumn, ...w.header],
    rows: source.valueRecords.map((record, index) => [
      index + 1,
      v.dateText(record.givenOn),
      record.partnerName,
      v.valueKindName(record.kind),
      v.valueCategoryName(record.category),
      record.title,
    ]),
  };
}
