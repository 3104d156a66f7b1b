import type { Locale } from '../../../shared/contracts/auth';
import { fill, type DeepStrings } from '../../../shared/i18n/catalog';

/**
 * The laporan monev's words in the institution's document language. Stored codes the UI names the
 * same way (agreement kinds, activity statuses, parties, evidence kinds, outcomes, problem statuses)
 * come from the UI catalogs; the ones below are the report's own running-text forms.
 */
const id = {
  fileStem: 'laporan-monev',
  title: 'Laporan Monev {partnership} {year}',
  titleLines: {
    report: 'LAPORAN MONITORING DAN EVALUASI',
    partnership: 'KEMITRAAN {name}',
    cycle: 'SIKLUS TAHUN {year}',
  },
  chapters: {
    introduction: 'I. PENDAHULUAN',
    method: 'II. METODE DAN INSTRUMEN',
    findings: 'III. HASIL DAN TEMUAN',
    conclusions: 'IV. KESIMPULAN DAN REKOMENDASI',
    annexes: 'V. LAMPIRAN',
  },
  closing: 'Disusun pada {date}',
  signers: { institution: 'Pihak Lembaga', partner: 'Pihak Mitra' },
  page: { page: 'Halaman', of: 'dari' },
  /** Indonesian does not inflect: both forms are the same. */
  counts: {
    items: { one: '{count} butir kegiatan', many: '{count} butir kegiatan' },
    activities: { one: '{count} kegiatan', many: '{count} kegiatan' },
    evidence: { one: '{count} berkas bukti', many: '{count} berkas bukti' },
    visits: { one: '{count} kunjungan', many: '{count} kunjungan' },
    problems: { one: '{count} masalah', many: '{count} masalah' },
  },
  names: { and: 'dan', fallbackPartner: 'mitra' },
  introduction: {
    background: 'A. Latar Belakang',
    partnership: '{institution} menjalin kemitraan "{partnership}" dengan {partners}{programme}. ',
    programme: ' dalam program {programme}',
    agreement: '{kind}{number} tentang {subject}, berlaku {from} s.d. {to} ({status})',
    agreementNumber: ' Nomor {number}',
    basedOn: 'Kemitraan ini dilandasi {agreements}.',
    noAgreement: 'Kemitraan ini belum memiliki naskah kerja sama yang tercatat.',
    aims: 'B. Tujuan',
    aimsText:
      'Monitoring dan evaluasi ini bertujuan menilai pelaksanaan rencana kerja bersama, mengukur capaian ' +
      'target setiap kegiatan, mengenali kendala beserta penyebabnya, dan merumuskan rekomendasi serta ' +
      'keputusan keberlanjutan kemitraan.',
    scope: 'C. Ruang Lingkup',
    scopeCycle: 'Siklus tahun {year}',
    scopeWorkPlan: ', rencana kerja "{title}" dengan {items}',
    scopeNoWorkPlan: ', tanpa rencana kerja',
    scopeActivities: '; {activities} tercatat, {unplanned} di antaranya di luar rencana.',
  },
  method: {
    lead: 'Data monitoring dan evaluasi dihimpun dengan instrumen berikut:',
    activities:
      'Catatan pelaksanaan kegiatan beserta buktinya ({activities}, {evidence}: foto, daftar hadir, dokumen).',
    visits: 'Kunjungan monitoring ({visits}) yang dituangkan dalam berita acara.',
    problems: 'Log masalah dan solusi ({problems}).',
    form: 'Formulir evaluasi bersama yang diisi kedua pihak ({partnerPart}).',
    partnerSubmitted: 'diisi mitra pada {date}',
    partnerMissing: 'bagian mitra belum diisi',
  },
  findings: {
    notMeasured: 'belum diukur',
    notCarriedOut: 'belum dilaksanakan',
    period: '{from} s.d. {to}',
    targets: 'A. Capaian Target dan Waktu per Butir Rencana Kerja',
    noWorkPlan: 'Siklus ini tidak memiliki rencana kerja bersama yang tercatat.',
    targetsHeader: {
      number: 'No',
      activity: 'Kegiatan',
      target: 'Target',
      actual: 'Realisasi',
      planned: 'Waktu rencana',
      carriedOut: 'Waktu pelaksanaan',
    },
    budget: 'B. Anggaran, Kontribusi, dan Hasil',
    budgetHeader: {
      number: 'No',
      activity: 'Kegiatan',
      planned: 'Kontribusi rencana',
      spent: 'Realisasi biaya',
      outcome: 'Hasil',
      goalReached: 'Tujuan tercapai',
    },
    institutionAmount: 'Lembaga {amount}',
    partnerAmount: 'Mitra {amount}',
    chart: 'C. Grafik Target dan Realisasi',
    chartTarget: 'Target',
    chartActual: 'Realisasi',
    chartCaption: 'Gambar 1. Target dan realisasi per butir rencana kerja (satuan sesuai tabel A)',
    unplanned: 'D. Kegiatan di Luar Rencana',
    noUnplanned: 'Tidak ada kegiatan di luar rencana kerja.',
    unplannedHeader: {
      number: 'No',
      activity: 'Kegiatan',
      carriedOutBy: 'Pelaksana',
      status: 'Status',
      dates: 'Waktu',
      actual: 'Realisasi',
    },
    problems: 'E. Masalah dan Solusi',
    noProblems: 'Tidak ada masalah yang dicatat selama siklus ini.',
    problemsHeader: {
      number: 'No',
      problem: 'Masalah',
      cause: 'Penyebab',
      solution: 'Solusi',
      owner: 'Penanggung jawab',
      status: 'Status',
    },
    satisfaction: 'F. Kepuasan Para Pihak',
    institutionSatisfaction: 'Kepuasan lembaga: {score}',
    partnerSatisfaction: 'Kepuasan mitra: {score}{respondent}',
    score: '{score} dari 5',
    notGiven: 'belum diisi',
  },
  conclusions: {
    institutionSide: 'Lembaga: {text}',
    partnerSide: 'Mitra: {text}',
    notFilled: 'belum diisi',
    goals: 'A. Capaian Tujuan',
    obstacles: 'B. Kendala dan Penyebabnya',
    recommendations: 'C. Rekomendasi',
    improvements: 'D. Daftar Perbaikan',
    noImprovements: 'Tidak ada perbaikan yang dicatat.',
    improvementsHeader: {
      number: 'No',
      improvement: 'Perbaikan',
      owner: 'Penanggung jawab',
      due: 'Tenggat',
      status: 'Status',
    },
    decisionHeading: 'E. Keputusan Keberlanjutan',
    decision: 'Keputusan: {decision}{date}. Alasan: {reason}',
    noDecision: 'Keputusan keberlanjutan kemitraan belum diambil.',
  },
  annexes: {
    followUp: 'Lampiran 1. Rencana Tindak Lanjut (RTL)',
    noFollowUp: 'Rencana tindak lanjut belum disusun.',
    followUpHeader: {
      number: 'No',
      activity: 'Kegiatan',
      target: 'Target',
      timing: 'Waktu',
      owner: 'Penanggung Jawab',
      indicator: 'Indikator Keberhasilan',
    },
    visits: 'Lampiran 2. Kunjungan Monitoring',
    noVisits: 'Tidak ada kunjungan monitoring yang dicatat.',
    visitsHeader: {
      number: 'No',
      date: 'Tanggal',
      place: 'Tempat',
      team: 'Tim kunjungan',
      findings: 'Temuan',
      recommendations: 'Rekomendasi',
    },
    evidence: 'Lampiran 3. Daftar Bukti per Kegiatan',
    noEvidence: 'Belum ada bukti kegiatan yang diunggah.',
    evidenceHeader: {
      number: 'No',
      activity: 'Kegiatan',
      kind: 'Jenis',
      file: 'Berkas',
      caption: 'Keterangan',
      uploadedBy: 'Diunggah oleh',
    },
  },
  /** An agreement's status in running text ("berlaku 1 Maret 2026 s.d. …, (berlaku)"). */
  agreementStatuses: {
    draft: 'draf',
    in_review: 'dalam peninjauan',
    awaiting_signatures: 'menunggu tanda tangan',
    active: 'berlaku',
    terminated: 'diakhiri',
  },
  goalReached: { yes: 'Ya', partly: 'Sebagian', no: 'Tidak' },
  decisions: {
    continue: 'Dilanjutkan',
    continue_with_changes: 'Dilanjutkan dengan perubahan',
    stop: 'Dihentikan',
  },
  improvementStatuses: { open: 'Belum', done: 'Selesai' },
};

export type MonevWords = DeepStrings<typeof id>;

const en: MonevWords = {
  fileStem: 'monitoring-evaluation-report',
  title: 'Monitoring and Evaluation Report {partnership} {year}',
  titleLines: {
    report: 'MONITORING AND EVALUATION REPORT',
    partnership: '{name} PARTNERSHIP',
    cycle: 'CYCLE YEAR {year}',
  },
  chapters: {
    introduction: 'I. INTRODUCTION',
    method: 'II. METHOD AND INSTRUMENTS',
    findings: 'III. RESULTS AND FINDINGS',
    conclusions: 'IV. CONCLUSIONS AND RECOMMENDATIONS',
    annexes: 'V. ANNEXES',
  },
  closing: 'Prepared on {date}',
  signers: { institution: 'For the Institution', partner: 'For the Partner' },
  page: { page: 'Page', of: 'of' },
  counts: {
    items: { one: '{count} planned activity', many: '{count} planned activities' },
    activities: { one: '{count} activity', many: '{count} activities' },
    evidence: { one: '{count} evidence file', many: '{count} evidence files' },
    visits: { one: '{count} visit', many: '{count} visits' },
    problems: { one: '{count} problem', many: '{count} problems' },
  },
  names: { and: 'and', fallbackPartner: 'the partner' },
  introduction: {
    background: 'A. Background',
    partnership:
      '{institution} has entered into the partnership "{partnership}" with {partners}{programme}. ',
    programme: ' under the {programme} programme',
    agreement: 'the {kind}{number} on {subject}, valid from {from} to {to} ({status})',
    agreementNumber: ' No. {number}',
    basedOn: 'The partnership is based on {agreements}.',
    noAgreement: 'No agreement document has been recorded for this partnership yet.',
    aims: 'B. Objectives',
    aimsText:
      'This monitoring and evaluation assesses how the joint work plan was carried out, measures how far ' +
      'each activity reached its target, identifies obstacles and their causes, and sets out ' +
      'recommendations and the decision on whether the partnership continues.',
    scope: 'C. Scope',
    scopeCycle: 'The {year} cycle',
    scopeWorkPlan: ', covering the work plan "{title}" with {items}',
    scopeNoWorkPlan: ', with no work plan',
    scopeActivities: '; {activities} recorded, {unplanned} of them outside the plan.',
  },
  method: {
    lead: 'Monitoring and evaluation data were gathered with the following instruments:',
    activities:
      'Records of the activities carried out, with their evidence ({activities}, {evidence}: photos, attendance lists, documents).',
    visits: 'Monitoring visits ({visits}), each set down in an official record.',
    problems: 'The problem and solution log ({problems}).',
    form: 'The joint evaluation form completed by both parties ({partnerPart}).',
    partnerSubmitted: "partner's part completed on {date}",
    partnerMissing: "partner's part not yet completed",
  },
  findings: {
    notMeasured: 'not measured',
    notCarriedOut: 'not yet carried out',
    period: '{from} to {to}',
    targets: 'A. Targets and Timing per Work Plan Item',
    noWorkPlan: 'No joint work plan has been recorded for this cycle.',
    targetsHeader: {
      number: 'No.',
      activity: 'Activity',
      target: 'Target',
      actual: 'Actual',
      planned: 'Planned dates',
      carriedOut: 'Actual dates',
    },
    budget: 'B. Budget, Contributions and Results',
    budgetHeader: {
      number: 'No.',
      activity: 'Activity',
      planned: 'Planned contribution',
      spent: 'Actual spending',
      outcome: 'Result',
      goalReached: 'Goal reached',
    },
    institutionAmount: 'Institution {amount}',
    partnerAmount: 'Partner {amount}',
    chart: 'C. Plan vs Actual Chart',
    chartTarget: 'Target',
    chartActual: 'Actual',
    chartCaption: 'Figure 1. Target and actual per work plan item (units as in table A)',
    unplanned: 'D. Activities Outside the Plan',
    noUnplanned: 'No activities were carried out outside the work plan.',
    unplannedHeader: {
      number: 'No.',
      activity: 'Activity',
      carriedOutBy: 'Carried out by',
      status: 'Status',
      dates: 'Dates',
      actual: 'Actual',
    },
    problems: 'E. Problems and Solutions',
    noProblems: 'No problems were recorded during this cycle.',
    problemsHeader: {
      number: 'No.',
      problem: 'Problem',
      cause: 'Cause',
      solution: 'Solution',
      owner: 'Person responsible',
      status: 'Status',
    },
    satisfaction: 'F. Satisfaction of the Parties',
    institutionSatisfaction: "Institution's satisfaction: {score}",
    partnerSatisfaction: "Partner's satisfaction: {score}{respondent}",
    score: '{score} out of 5',
    notGiven: 'not yet given',
  },
  conclusions: {
    institutionSide: 'Institution: {text}',
    partnerSide: 'Partner: {text}',
    notFilled: 'not yet filled in',
    goals: 'A. Achievement of Objectives',
    obstacles: 'B. Obstacles and Their Causes',
    recommendations: 'C. Recommendations',
    improvements: 'D. Improvements',
    noImprovements: 'No improvements were recorded.',
    improvementsHeader: {
      number: 'No.',
      improvement: 'Improvement',
      owner: 'Person responsible',
      due: 'Due date',
      status: 'Status',
    },
    decisionHeading: 'E. Decision on Continuation',
    decision: 'Decision: {decision}{date}. Reason: {reason}',
    noDecision: 'No decision on continuing the partnership has been made yet.',
  },
  annexes: {
    followUp: 'Annex 1. Follow-up Plan',
    noFollowUp: 'No follow-up plan has been drawn up yet.',
    followUpHeader: {
      number: 'No.',
      activity: 'Activity',
      target: 'Target',
      timing: 'Timing',
      owner: 'Person Responsible',
      indicator: 'Success Indicator',
    },
    visits: 'Annex 2. Monitoring Visits',
    noVisits: 'No monitoring visits were recorded.',
    visitsHeader: {
      number: 'No.',
      date: 'Date',
      place: 'Place',
      team: 'Visiting team',
      findings: 'Findings',
      recommendations: 'Recommendations',
    },
    evidence: 'Annex 3. Evidence per Activity',
    noEvidence: 'No activity evidence has been uploaded yet.',
    evidenceHeader: {
      number: 'No.',
      activity: 'Activity',
      kind: 'Type',
      file: 'File',
      caption: 'Description',
      uploadedBy: 'Uploaded by',
    },
  },
  agreementStatuses: {
    draft: 'draft',
    in_review: 'under review',
    awaiting_signatures: 'awaiting signatures',
    active: 'in force',
    terminated: 'terminated',
  },
  goalReached: { yes: 'Yes', partly: 'Partly', no: 'No' },
  decisions: {
    continue: 'Continue',
    continue_with_changes: 'Continue with changes',
    stop: 'Discontinue',
  },
  improvementStatuses: { open: 'Open', done: 'Done' },
};

export const monevWords: Record<Locale, MonevWords> = { id, en };

/** "3 kegiatan" / "3 activities": English counts take the plural, Indonesian does not inflect. */
export function countText(forms: { one: string; many: string }, count: number): string {
  return fill(count === 1 ? forms.one : forms.many, { count });
}

/** The word of a stored code, the code itself when the vocabulary lacks it, "-" for none. */
export function wordOf(words: Readonly<Record<string, string>>, code: string | null): string {
  if (code === null) return '-';
  return words[code] ?? code;
}

/** A table's header row in its declared order. */
export function headerOf(header: Readonly<Record<string, string>>): string[] {
  return Object.values(header);
}
