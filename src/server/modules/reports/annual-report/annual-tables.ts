import {
  displayAgreementStatus,
  type StoredAgreementStatus,
} from '../../../../shared/domain/agreement-status';
import { stepStages } from '../../../../shared/domain/partnership-stages';
import type { AnnualSource } from './load-annual-source';
import {
  agreementKindName,
  agreementStatusName,
  categoryName,
  dateText,
  healthName,
  outcomeName,
  patternName,
  stageName,
  timelinessNames,
  valueCategoryName,
  valueKindName,
} from './annual-words';

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

export function identityTable(source: AnnualSource): ReportTable {
  const i = source.institution;
  const licence = i.operating_licence_number
    ? `${i.operating_licence_number}${i.operating_licence_issued_on ? `, ${dateText(i.operating_licence_issued_on)}` : ''}`
    : '-';
  return {
    title: 'Identitas lembaga',
    header: ['Uraian', 'Keterangan'],
    rows: [
      ['Nama lembaga', i.name],
      ['NPSN', i.npsn ?? '-'],
      ['Alamat', i.address ?? '-'],
      ['Kabupaten/kota', source.placeName ?? '-'],
      ['Izin operasional', licence],
      ['Akreditasi', i.accreditation_grade ?? '-'],
      ['Tahun laporan', String(source.year)],
    ],
  };
}

function summaryTable(source: AnnualSource): ReportTable {
  const d = source.dashboard;
  return {
    title: 'Ringkasan angka',
    header: ['Uraian', 'Jumlah'],
    rows: [
      ['Jumlah mitra', d.partners.total],
      ['Mitra terabaikan', d.partners.neglected],
      ['Kemitraan tercatat', d.funnel[0]?.reached ?? 0],
      ['Kesepakatan berlaku', d.agreements.active],
      ['Kesepakatan segera berakhir', d.agreements.expiring],
      ['Kesepakatan berakhir', d.agreements.expired],
      ['Kegiatan tepat waktu', d.activities.onTime],
      ['Kegiatan terlambat', d.activities.late],
      ['Kegiatan lewat jadwal', d.activities.overdue],
      ['Kegiatan di luar rencana', d.activities.unplanned],
      ['Umpan balik dijawab', d.feedback.answered],
      ['Rata-rata kepuasan (1–5)', d.feedback.averageSatisfaction],
      ['Net Promoter Score', d.feedback.nps],
    ],
  };
}

export function figureGroups(source: AnnualSource): FigureGroup[] {
  const d = source.dashboard;
  return [
    { key: 'summary', sheet: 'Ringkasan', tables: [identityTable(source), summaryTable(source)] },
    {
      key: 'partners',
      sheet: 'Mitra',
      tables: [
        {
          title: 'Mitra per kategori',
          header: ['Kategori', 'Jumlah mitra'],
          rows: d.partners.byCategory.map((s) => [categoryName(s.key, source.categoryNames), s.count]),
        },
        {
          title: 'Mitra per kabupaten/kota',
          header: ['Kode', 'Kabupaten/kota', 'Jumlah mitra'],
          rows: d.partners.byRegion.map((r) => [r.code, r.name ?? '-', r.count]),
        },
        {
          title: 'Mitra per pola kemitraan',
          header: ['Pola', 'Jumlah mitra'],
          rows: d.partners.byPattern.map((s) => [patternName(s.key, source.patternNames), s.count]),
        },
        {
          title: 'Mitra per kesehatan hubungan',
          header: ['Kesehatan', 'Jumlah mitra'],
          rows: d.partners.byHealth.map((s) => [healthName(s.key), s.count]),
        },
      ],
    },
    {
      key: 'funnel',
      sheet: 'Tahapan',
      tables: [
        {
          title: 'Tahapan kemitraan yang dicapai',
          header: ['Tahap', 'Kemitraan mencapai', 'Konversi (%)', 'Rata-rata hari di tahap'],
          rows: stepStages.map((stage) => {
            const step = d.funnel.find((s) => s.stage === stage);
            return [
              stageName(stage),
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
      sheet: 'Kegiatan',
      tables: [
        {
          title: 'Ketepatan waktu kegiatan',
          header: ['Ketepatan waktu', 'Jumlah kegiatan'],
          rows: (Object.keys(timelinessNames) as (keyof typeof timelinessNames)[]).map((key) => [
            timelinessNames[key],
            d.activities[key],
          ]),
        },
      ],
    },
    {
      key: 'outcomes',
      sheet: 'Capaian',
      tables: [
        {
          title: 'Capaian kegiatan',
          header: ['Jenis capaian', 'Jumlah'],
          rows: d.outcomes.map((o) => [outcomeName(o.kind), o.total]),
        },
      ],
    },
    {
      key: 'feedback',
      sheet: 'Umpan balik',
      tables: [
        {
          title: 'Kepuasan mitra',
          header: ['Skor kepuasan', 'Jumlah jawaban'],
          rows: d.feedback.bySatisfaction.map((s) => [`Skor ${s.score}`, s.count]),
        },
        {
          title: 'Rekomendasi mitra',
          header: ['Uraian', 'Jumlah'],
          rows: [
            ['Umpan balik dijawab', d.feedback.answered],
            ['Promotor (9–10)', d.feedback.promoters],
            ['Pasif (7–8)', d.feedback.passives],
            ['Kritikus (0–6)', d.feedback.detractors],
            ['Net Promoter Score', d.feedback.nps],
            ['Rata-rata kepuasan (1–5)', d.feedback.averageSatisfaction],
          ],
        },
      ],
    },
  ];
}

export function partnershipsTable(source: AnnualSource): ReportTable {
  return {
    title: 'Daftar kemitraan',
    header: ['No', 'Kemitraan', 'Mitra', 'Program', 'Pola', 'Tahap'],
    rows: source.partnerships.map((p, index) => [
      index + 1,
      p.name,
      p.partnerNames.join(', ') || '-',
      p.programme ?? '-',
      patternName(p.pattern, source.patternNames),
      stageName(p.stage),
    ]),
  };
}

export function agreementsTable(source: AnnualSource): ReportTable {
  return {
    title: 'Daftar kesepakatan',
    header: ['No', 'Nomor', 'Mitra', 'Jenis', 'Perihal', 'Mulai', 'Berakhir', 'Status'],
    rows: source.agreements.map((a, index) => [
      index + 1,
      a.institution_number ?? '-',
      a.partner_name,
      agreementKindName(a.kind),
      a.subject,
      dateText(a.starts_on),
      dateText(a.ends_on),
      agreementStatusName(displayAgreementStatus(a.status as StoredAgreementStatus, a.ends_on, source.today)),
    ]),
  };
}

export function activitiesTable(source: AnnualSource): ReportTable {
  return {
    title: 'Kegiatan yang selesai',
    header: ['No', 'Tanggal selesai', 'Kegiatan', 'Kemitraan', 'Jenis capaian', 'Jumlah', 'Keluaran'],
    rows: source.activities.map((a, index) => [
      index + 1,
      dateText(a.ended_on),
      a.title,
      a.partnership_name,
      outcomeName(a.outcome_kind),
      a.actual_quantity,
      a.outputs ?? '-',
    ]),
  };
}

export function valueRecordsTable(source: AnnualSource): ReportTable {
  return {
    title: 'Catatan nilai untuk mitra',
    header: ['No', 'Tanggal', 'Mitra', 'Jenis', 'Kategori', 'Judul'],
    rows: source.valueRecords.map((v, index) => [
      index + 1,
      dateText(v.givenOn),
      v.partnerName,
      valueKindName(v.kind),
      valueCategoryName(v.category),
      v.title,
    ]),
  };
}
