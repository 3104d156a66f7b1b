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
import { dateText, figureText } from './annual-words';
import type { AnnualSource } from './load-annual-source';

function cellText(cell: ReportCell): string {
  if (cell === null) return '-';
  return typeof cell === 'number' ? figureText(cell) : cell;
}

function tableBlocks(table: ReportTable): MonevBlock[] {
  return [
    { kind: 'heading', text: table.title },
    table.rows.length
      ? { kind: 'table', header: table.header, rows: table.rows.map((row) => row.map(cellText)) }
      : { kind: 'paragraph', text: 'Tidak ada data pada tahun ini.' },
  ];
}

function chartBlock(slices: ChartSlice[], caption: string): MonevBlock[] {
  if (slices.length === 0) return [];
  const chart = annualBarChartSvg(slices);
  return [{ kind: 'chart', svg: chart.svg, width: chart.width, height: chart.height, caption }];
}

/** The first column names a slice, the last numeric column holds its figure. */
function slicesOf(table: ReportTable, column: number): ChartSlice[] {
  return table.rows.map((row) => ({ label: String(row[0]), value: Number(row[column] ?? 0) }));
}

function group(groups: FigureGroup[], key: FigureGroup['key']): ReportTable[] {
  return groups.find((g) => g.key === key)!.tables;
}

/** The laporan kemitraan tahunan as one model: identity, figures with charts, the year's records. */
export function composeAnnualDocument(source: AnnualSource): MonevDocument {
  const groups = figureGroups(source);
  const [identity, summary] = group(groups, 'summary');
  const [byCategory, byRegion, byPattern, byHealth] = group(groups, 'partners');
  const [funnel] = group(groups, 'funnel');
  const [timeliness] = group(groups, 'activities');
  const [outcomes] = group(groups, 'outcomes');
  const [satisfaction, recommend] = group(groups, 'feedback');
  const name = source.institution.name;
  const d = source.dashboard;
  return {
    title: `Laporan Kemitraan Tahunan ${source.year} ${name}`,
    date: source.today,
    institutionName: name,
    institutionAddress: source.institution.address,
    titleLines: ['LAPORAN KEMITRAAN TAHUNAN', name.toUpperCase(), `TAHUN ${source.year}`],
    sections: [
      {
        title: 'I. IDENTITAS LEMBAGA',
        blocks: [
          { kind: 'table', header: identity!.header, rows: identity!.rows.map((r) => r.map(cellText)) },
        ],
      },
      {
        title: 'II. RINGKASAN',
        blocks: [
          {
            kind: 'paragraph',
            text:
              `Sepanjang tahun ${source.year}, ${name} tercatat bermitra dengan ${figureText(d.partners.total)} mitra ` +
              `dalam ${figureText(source.partnerships.length)} kemitraan, dengan ${figureText(source.agreements.length)} ` +
              `kesepakatan berjalan dan ${figureText(source.activities.length)} kegiatan selesai. Angka mitra, tahapan ` +
              `dan kesepakatan adalah keadaan pada ${dateText(source.today)}; angka kegiatan, capaian dan umpan balik ` +
              `dihitung untuk Januari–Desember ${source.year}.`,
          },
          ...tableBlocks(summary!),
        ],
      },
      {
        title: 'III. MITRA',
        blocks: [
          ...chartBlock(slicesOf(byCategory!, 1), 'Gambar 1. Mitra per kategori'),
          ...tableBlocks(byCategory!),
          ...tableBlocks(byRegion!),
          ...tableBlocks(byPattern!),
          ...tableBlocks(byHealth!),
        ],
      },
      {
        title: 'IV. TAHAPAN KEMITRAAN',
        blocks: [
          ...chartBlock(slicesOf(funnel!, 1), 'Gambar 2. Kemitraan yang mencapai setiap tahap'),
          ...tableBlocks(funnel!),
          ...tableBlocks(partnershipsTable(source)),
        ],
      },
      { title: 'V. KESEPAKATAN KERJA SAMA', blocks: tableBlocks(agreementsTable(source)) },
      {
        title: 'VI. PELAKSANAAN KEGIATAN DAN CAPAIAN',
        blocks: [
          ...chartBlock(slicesOf(timeliness!, 1), 'Gambar 3. Ketepatan waktu kegiatan'),
          ...tableBlocks(timeliness!),
          ...chartBlock(slicesOf(outcomes!, 1), 'Gambar 4. Capaian kegiatan'),
          ...tableBlocks(outcomes!),
          ...tableBlocks(activitiesTable(source)),
        ],
      },
      {
        title: 'VII. NILAI DAN KEPUASAN MITRA',
        blocks: [
          ...tableBlocks(valueRecordsTable(source)),
          ...chartBlock(slicesOf(satisfaction!, 1), 'Gambar 5. Kepuasan mitra (skor 1–5)'),
          ...tableBlocks(satisfaction!),
          ...tableBlocks(recommend!),
        ],
      },
    ],
    closing: `${source.placeName ? `${source.placeName}, ` : ''}${dateText(source.today)}`,
    signers: [{ label: 'Kepala Lembaga', organisation: name }],
  };
}
