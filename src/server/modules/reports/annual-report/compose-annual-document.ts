import { fill } from '../../../../shared/i18n/catalog';
import type { MonevBlock, MonevDocument } from '../../monev-report/index';
import { annualBarChartSvg, type ChartSlice } from './annual-chart-svg';
import {
  activitiesTable,
  agreementsTable,
  figureGroups,
  partnershipsTable,
  valueRecordsTable,
  type FigureGroup,
  type ReportCell,
  type ReportTable,
} from './annual-tables';
import type { AnnualVocabulary } from './annual-words';
import type { AnnualSource } from './load-annual-source';

/** The laporan kemitraan tahunan as one model: identity, figures with charts, the year's records. */
export function composeAnnualDocument(source: AnnualSource, v: AnnualVocabulary): MonevDocument {
  const w = v.words.document;
  const cellText = (cell: ReportCell): string => {
    if (cell === null) return '-';
    return typeof cell === 'number' ? v.figureText(cell) : cell;
  };
  const tableBlocks = (table: ReportTable): MonevBlock[] => [
    { kind: 'heading', text: table.title },
    table.rows.length
      ? { kind: 'table', header: table.header, rows: table.rows.map((row) => row.map(cellText)) }
      : { kind: 'paragraph', text: w.noData },
  ];
  const chartBlock = (slices: ChartSlice[], caption: string): MonevBlock[] => {
    if (slices.length === 0) return [];
    const chart = annualBarChartSvg(slices, v.locale);
    return [{ kind: 'chart', svg: chart.svg, width: chart.width, height: chart.height, caption }];
  };

  const groups = figureGroups(source, v);
  const [identity, summary] = group(groups, 'summary');
  const [byCategory, byRegion, byPattern, byHealth] = group(groups, 'partners');
  const [funnel] = group(groups, 'funnel');
  const [timeliness] = group(groups, 'activities');
  const [outcomes] = group(groups, 'outcomes');
  const [satisfaction, recommend] = group(groups, 'feedback');
  const name = source.institution.name;
  const d = source.dashboard;
  return {
    title: fill(w.title, { year: source.year, name }),
    date: source.today,
    institutionName: name,
    institutionAddress: source.institution.address,
    titleLines: [w.titleLine, name.toUpperCase(), fill(w.yearLine, { year: source.year })],
    sections: [
      {
        title: w.sections.identity,
        blocks: [
          { kind: 'table', header: identity!.header, rows: identity!.rows.map((r) => r.map(cellText)) },
        ],
      },
      {
        title: w.sections.summary,
        blocks: [
          {
            kind: 'paragraph',
            text: fill(w.overview, {
              year: source.year,
              name,
              partners: v.countText(w.counts.partners, d.partners.total),
              partnerships: v.countText(w.counts.partnerships, source.partnerships.length),
              agreements: v.countText(w.counts.agreements, source.agreements.length),
              activities: v.countText(w.counts.activities, source.activities.length),
              today: v.dateText(source.today),
            }),
          },
          ...tableBlocks(summary!),
        ],
      },
      {
        title: w.sections.partners,
        blocks: [
          ...chartBlock(slicesOf(byCategory!, 1), w.charts.byCategory),
          ...tableBlocks(byCategory!),
          ...tableBlocks(byRegion!),
          ...tableBlocks(byPattern!),
          ...tableBlocks(byHealth!),
        ],
      },
      {
        title: w.sections.funnel,
        blocks: [
          ...chartBlock(slicesOf(funnel!, 1), w.charts.funnel),
          ...tableBlocks(funnel!),
          ...tableBlocks(partnershipsTable(source, v)),
        ],
      },
      { title: w.sections.agreements, blocks: tableBlocks(agreementsTable(source, v)) },
      {
        title: w.sections.activities,
        blocks: [
          ...chartBlock(slicesOf(timeliness!, 1), w.charts.timeliness),
          ...tableBlocks(timeliness!),
          ...chartBlock(slicesOf(outcomes!, 1), w.charts.outcomes),
          ...tableBlocks(outcomes!),
          ...tableBlocks(activitiesTable(source, v)),
        ],
      },
      {
        title: w.sections.value,
        blocks: [
          ...tableBlocks(valueRecordsTable(source, v)),
          ...chartBlock(slicesOf(satisfaction!, 1), w.charts.satisfaction),
          ...tableBlocks(satisfaction!),
          ...tableBlocks(recommend!),
        ],
      },
    ],
    closing: `${source.placeName ? `${source.placeName}, ` : ''}${v.dateText(source.today)}`,
    signers: [{ label: w.signer, organisation: name }],
  };
}

/** The first column names a slice, the last numeric column holds its figure. */
function slicesOf(table: ReportTable, column: number): ChartSlice[] {
  return table.rows.map((row) => ({ label: String(row[0]), value: Number(row[column] ?? 0) }));
}

function group(groups: FigureGroup[], key: FigureGroup['key']): ReportTable[] {
  return groups.find((g) => g.key === key)!.tables;
}
