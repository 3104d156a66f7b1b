import type { Locale } from '../../../../shared/contracts/auth';
import { formatDocumentDate } from '../../../../shared/domain/calendar-date';
import { formatFigure } from '../../../../shared/domain/figures';
import { fill, type Catalog, type DeepStrings } from '../../../../shared/i18n/catalog';
import { en as english } from '../../../../shared/i18n/en';
import { id as indonesian } from '../../../../shared/i18n/id';

/**
 * The annual report's own words, in the institution's document language (decision 0034). Stored
 * codes are named through the UI catalog of the same language; a count with its noun has a form
 * for one and for more (Indonesian writes both alike).
 */
const id = {
  sheets: {
    summary: 'Ringkasan',
    partners: 'Mitra',
    funnel: 'Tahapan',
    activities: 'Kegiatan',
    outcomes: 'Capaian',
    feedback: 'Umpan balik',
    partnerships: 'Kemitraan',
    agreements: 'Kesepakatan',
    doneActivities: 'Kegiatan selesai',
    valueRecords: 'Catatan nilai',
  },
  numberColumn: 'No',
  identity: {
    title: 'Identitas lembaga',
    header: ['Uraian', 'Keterangan'],
    name: 'Nama lembaga',
    npsn: 'NPSN',
    address: 'Alamat',
    place: 'Kabupaten/kota',
    licence: 'Izin operasional',
    accreditation: 'Akreditasi',
    year: 'Tahun laporan',
  },
  summary: {
    title: 'Ringkasan angka',
    header: ['Uraian', 'Jumlah'],
    partners: 'Jumlah mitra',
    neglected: 'Mitra terabaikan',
    partnerships: 'Kemitraan tercatat',
    activeAgreements: 'Kesepakatan berlaku',
    expiringAgreements: 'Kesepakatan segera berakhir',
    expiredAgreements: 'Kesepakatan berakhir',
    onTime: 'Kegiatan tepat waktu',
    late: 'Kegiatan terlambat',
    overdue: 'Kegiatan lewat jadwal',
    unplanned: 'Kegiatan di luar rencana',
    answered: 'Umpan balik dijawab',
    averageSatisfaction: 'Rata-rata kepuasan (1–5)',
    nps: 'Net Promoter Score',
  },
  partners: {
    byCategory: 'Mitra per kategori',
    byCategoryHeader: ['Kategori', 'Jumlah mitra'],
    byRegion: 'Mitra per kabupaten/kota',
    byRegionHeader: ['Kode', 'Kabupaten/kota', 'Jumlah mitra'],
    byPattern: 'Mitra per pola kemitraan',
    byPatternHeader: ['Pola', 'Jumlah mitra'],
    byHealth: 'Mitra per kesehatan hubungan',
    byHealthHeader: ['Kesehatan', 'Jumlah mitra'],
  },
  funnel: {
    title: 'Tahapan kemitraan yang dicapai',
    header: ['Tahap', 'Kemitraan mencapai', 'Konversi (%)', 'Rata-rata hari di tahap'],
  },
  timeliness: {
    title: 'Ketepatan waktu kegiatan',
    header: ['Ketepatan waktu', 'Jumlah kegiatan'],
    onTime: 'Tepat waktu',
    late: 'Terlambat',
    overdue: 'Lewat jadwal (belum selesai)',
    unplanned: 'Di luar rencana',
  },
  outcomes: {
    title: 'Capaian kegiatan',
    header: ['Jenis capaian', 'Jumlah'],
  },
  feedback: {
    satisfaction: 'Kepuasan mitra',
    satisfactionHeader: ['Skor kepuasan', 'Jumlah jawaban'],
    score: 'Skor {score}',
    recommendation: 'Rekomendasi mitra',
    recommendationHeader: ['Uraian', 'Jumlah'],
    promoters: 'Promotor (9–10)',
    passives: 'Pasif (7–8)',
    detractors: 'Kritikus (0–6)',
  },
  partnerships: {
    title: 'Daftar kemitraan',
    header: ['Kemitraan', 'Mitra', 'Program', 'Pola', 'Tahap'],
  },
  agreements: {
    title: 'Daftar kesepakatan',
    header: ['Nomor', 'Mitra', 'Jenis', 'Perihal', 'Mulai', 'Berakhir', 'Status'],
  },
  doneActivities: {
    title: 'Kegiatan yang selesai',
    header: ['Tanggal selesai', 'Kegiatan', 'Kemitraan', 'Jenis capaian', 'Jumlah', 'Keluaran'],
  },
  valueRecords: {
    title: 'Catatan nilai untuk mitra',
    header: ['Tanggal', 'Mitra', 'Jenis', 'Kategori', 'Judul'],
  },
  document: {
    title: 'Laporan Kemitraan Tahunan {year} {name}',
    titleLine: 'LAPORAN KEMITRAAN TAHUNAN',
    yearLine: 'TAHUN {year}',
    sections: {
      identity: 'I. IDENTITAS LEMBAGA',
      summary: 'II. RINGKASAN',
      partners: 'III. MITRA',
      funnel: 'IV. TAHAPAN KEMITRAAN',
      agreements: 'V. KESEPAKATAN KERJA SAMA',
      activities: 'VI. PELAKSANAAN KEGIATAN DAN CAPAIAN',
      value: 'VII. NILAI DAN KEPUASAN MITRA',
    },
    overview:
      'Sepanjang tahun {year}, {name} tercatat bermitra dengan {partners} dalam {partnerships}, dengan ' +
      '{agreements} berjalan dan {activities} selesai. Angka mitra, tahapan dan kesepakatan adalah ' +
      'keadaan pada {today}; angka kegiatan, capaian dan umpan balik dihitung untuk Januari–Desember {year}.',
    counts: {
      partners: { one: '{count} mitra', other: '{count} mitra' },
      partnerships: { one: '{count} kemitraan', other: '{count} kemitraan' },
      agreements: { one: '{count} kesepakatan', other: '{count} kesepakatan' },
      activities: { one: '{count} kegiatan', other: '{count} kegiatan' },
    },
    noData: 'Tidak ada data pada tahun ini.',
    charts: {
      byCategory: 'Gambar 1. Mitra per kategori',
      funnel: 'Gambar 2. Kemitraan yang mencapai setiap tahap',
      timeliness: 'Gambar 3. Ketepatan waktu kegiatan',
      outcomes: 'Gambar 4. Capaian kegiatan',
      satisfaction: 'Gambar 5. Kepuasan mitra (skor 1–5)',
    },
    signer: 'Kepala Lembaga',
  },
  fileName: 'laporan-kemitraan-{year}',
} as const;

const en: DeepStrings<typeof id> = {
  sheets: {
    summary: 'Summary',
    partners: 'Partners',
    funnel: 'Stages',
    activities: 'Activities',
    outcomes: 'Outcomes',
    feedback: 'Feedback',
    partnerships: 'Partnerships',
    agreements: 'Agreements',
    doneActivities: 'Completed activities',
    valueRecords: 'Value to partners',
  },
  numberColumn: 'No.',
  identity: {
    title: 'Institution profile',
    header: ['Item', 'Details'],
    name: 'Name of institution',
    npsn: 'NPSN',
    address: 'Address',
    place: 'Regency/city',
    licence: 'Operating licence',
    accreditation: 'Accreditation',
    year: 'Reporting year',
  },
  summary: {
    title: 'Key figures',
    header: ['Item', 'Figure'],
    partners: 'Number of partners',
    neglected: 'Neglected partners',
    partnerships: 'Partnerships recorded',
    activeAgreements: 'Agreements in force',
    expiringAgreements: 'Agreements expiring soon',
    expiredAgreements: 'Agreements expired',
    onTime: 'Activities completed on time',
    late: 'Activities completed late',
    overdue: 'Activities overdue',
    unplanned: 'Activities outside the plan',
    answered: 'Feedback responses',
    averageSatisfaction: 'Average satisfaction (1–5)',
    nps: 'Net Promoter Score',
  },
  partners: {
    byCategory: 'Partners by category',
    byCategoryHeader: ['Category', 'Partners'],
    byRegion: 'Partners by regency/city',
    byRegionHeader: ['Code', 'Regency/city', 'Partners'],
    byPattern: 'Partners by partnership pattern',
    byPatternHeader: ['Pattern', 'Partners'],
    byHealth: 'Partners by relationship health',
    byHealthHeader: ['Health', 'Partners'],
  },
  funnel: {
    title: 'Partnership stages reached',
    header: ['Stage', 'Partnerships reaching it', 'Conversion (%)', 'Average days at stage'],
  },
  timeliness: {
    title: 'Activity timeliness',
    header: ['Timeliness', 'Activities'],
    onTime: 'Completed on time',
    late: 'Completed late',
    overdue: 'Overdue (not yet completed)',
    unplanned: 'Outside the plan',
  },
  outcomes: {
    title: 'Activity outcomes',
    header: ['Outcome', 'Total'],
  },
  feedback: {
    satisfaction: 'Partner satisfaction',
    satisfactionHeader: ['Satisfaction score', 'Responses'],
    score: 'Score {score}',
    recommendation: 'Partner recommendation',
    recommendationHeader: ['Item', 'Figure'],
    promoters: 'Promoters (9–10)',
    passives: 'Passives (7–8)',
    detractors: 'Detractors (0–6)',
  },
  partnerships: {
    title: 'Partnerships',
    header: ['Partnership', 'Partners', 'Programme', 'Pattern', 'Stage'],
  },
  agreements: {
    title: 'Agreements',
    header: ['Number', 'Partner', 'Type', 'Subject', 'Start', 'End', 'Status'],
  },
  doneActivities: {
    title: 'Completed activities',
    header: ['Completed on', 'Activity', 'Partnership', 'Outcome', 'Quantity', 'Outputs'],
  },
  valueRecords: {
    title: 'Value delivered to partners',
    header: ['Date', 'Partner', 'Type', 'Category', 'Title'],
  },
  document: {
    title: 'Annual Partnership Report {year} {name}',
    titleLine: 'ANNUAL PARTNERSHIP REPORT',
    yearLine: 'FOR THE YEAR {year}',
    sections: {
      identity: 'I. INSTITUTION PROFILE',
      summary: 'II. SUMMARY',
      partners: 'III. PARTNERS',
      funnel: 'IV. PARTNERSHIP STAGES',
      agreements: 'V. COOPERATION AGREEMENTS',
      activities: 'VI. ACTIVITIES AND OUTCOMES',
      value: 'VII. VALUE TO PARTNERS AND PARTNER SATISFACTION',
    },
    overview:
      'In {year}, {name} worked with {partners} in {partnerships}, with {agreements} in effect and ' +
      '{activities} completed. Figures for partners, stages and agreements are as at {today}; figures ' +
      'for activities, outcomes and feedback cover January–December {year}.',
    counts: {
      partners: { one: '{count} partner', other: '{count} partners' },
      partnerships: { one: '{count} partnership', other: '{count} partnerships' },
      agreements: { one: '{count} agreement', other: '{count} agreements' },
      activities: { one: '{count} activity', other: '{count} activities' },
    },
    noData: 'No data for this year.',
    charts: {
      byCategory: 'Figure 1. Partners by category',
      funnel: 'Figure 2. Partnerships reaching each stage',
      timeliness: 'Figure 3. Activity timeliness',
      outcomes: 'Figure 4. Activity outcomes',
      satisfaction: 'Figure 5. Partner satisfaction (score 1–5)',
    },
    signer: 'Head of Institution',
  },
  fileName: 'annual-partnership-report-{year}',
};

export type AnnualWords = DeepStrings<typeof id>;

const words: Record<Locale, AnnualWords> = { id, en };
const catalogs: Record<Locale, Catalog> = { id: indonesian, en: english };

function nameIn(
  names: Readonly<Record<string, string>>,
  code: string | null,
  own?: Map<string, string>,
): string {
  if (code === null) return '-';
  return own?.get(code) ?? (Object.prototype.hasOwnProperty.call(names, code) ? names[code]! : code);
}

/**
 * Everything the report writes in one language: its words, the UI's names for stored codes (an
 * institution's own categories and patterns keep the name it gave them), figures and dates.
 */
export function annualVocabulary(locale: Locale) {
  const ui = catalogs[locale];
  const figureText = (value: number | null) => (value === null ? '-' : formatFigure(value, locale));
  return {
    locale,
    words: words[locale],
    categoryName: (code: string, own: Map<string, string>) => nameIn(ui.partnerVocab.categories, code, own),
    patternName: (code: string | null, own: Map<string, string>) => nameIn(ui.partnershipPatterns, code, own),
    stageName: (code: string) => nameIn(ui.partnershipStages, code),
    outcomeName: (code: string | null) => nameIn(ui.outcomeKinds, code),
    agreementKindName: (code: string) => nameIn(ui.agreementKindNames, code),
    agreementStatusName: (code: string) => nameIn(ui.agreementStatusNames, code),
    healthName: (code: string) => nameIn(ui.partnerHealth.bands, code),
    valueKindName: (code: string) => nameIn(ui.valueRecordsUi.kinds, code),
    valueCategoryName: (code: string) => nameIn(ui.valueRecordsUi.categories, code),
    /** 1234.5 → "1.234,5" (Indonesian) or "1,234.5" (English). */
    figureText,
    dateText: (value: string | null) => (value ? formatDocumentDate(value.slice(0, 10), locale) : '-'),
    /** "3 partners", "1 partnership": a count with its noun. */
    countText: (forms: { one: string; other: string }, count: number) =>
      fill(count === 1 ? forms.one : forms.other, { count: figureText(count) }),
  };
}

export type AnnualVocabulary = ReturnType<typeof annualVocabulary>;
