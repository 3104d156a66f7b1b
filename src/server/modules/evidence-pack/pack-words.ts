import type { Locale } from '../../../shared/contracts/auth';
import type { DeepStrings } from '../../../shared/i18n/catalog';

/**
 * The evidence pack's words: the index PDF, the work plan PDF and the names of the files inside the
 * ZIP, in the institution's document language (decision 0034). Agreements inside keep their own
 * (Indonesian) text; only the folder holding them is named in the pack's language.
 */
const id = {
  files: {
    zip: 'paket-bukti-{slug}.zip',
    programmeZip: 'paket-bukti-program-{slug}.zip',
    index: '00-indeks.pdf',
    agreements: 'perjanjian',
    workPlans: 'rencana-kerja',
    workPlan: 'rencana-kerja-{year}.pdf',
    activities: 'kegiatan',
    monev: 'monev',
    monevReport: 'laporan-monev-{year}.pdf',
    unnamed: 'tanpa-nama',
    unnamedFile: 'berkas',
  },
  headings: {
    partnership: 'Kemitraan {name}',
    partnershipOfProgramme: 'Kemitraan {name} – program {programme}',
    programmeOne: 'Program {name} ({count} kemitraan)',
    programmeMany: 'Program {name} ({count} kemitraan)',
  },
  pageOf: 'Halaman {current} dari {total}',
  numberColumn: 'No',
  period: '{from} s.d. {to}',
  index: {
    title: 'PAKET BUKTI KEMITRAAN',
    documentTitle: 'Paket bukti – {heading}',
    prepared: 'Disusun {date}',
    partnership: 'Kemitraan: {name}',
    programme: 'Program: {programme}',
    partners: 'Mitra: {names}',
    recorded: 'Kegiatan tercatat: {activities}; berkas bukti: {evidence}',
    noAgreements: 'Belum ada naskah kerja sama.',
    agreementHeader: { document: 'Naskah', number: 'Nomor', term: 'Masa berlaku', status: 'Status' },
    outcomesIntro: 'Capaian kemitraan (dijumlahkan dari realisasi kegiatan):',
    outcomeHeader: { outcome: 'Capaian', total: 'Jumlah' },
    programmeOutcomes: 'Capaian seluruh program',
    contents: 'Daftar Isi',
    thisFile: '{name} (berkas ini)',
    noOtherFiles: 'Belum ada berkas lain.',
    outcomes: {
      learners_trained: 'Peserta didik terlatih',
      graduates_hired: 'Lulusan bekerja',
      graduates_in_business: 'Lulusan berwirausaha',
      internship_places: 'Tempat magang/praktik kerja',
      guest_instructor_hours: 'Jam instruktur tamu',
    },
    agreementKinds: { mou: 'MoU', pks: 'PKS', addendum: 'Adendum', extension: 'Perpanjangan' },
    agreementStatuses: {
      draft: 'Draf',
      in_review: 'Dalam peninjauan',
      awaiting_signatures: 'Menunggu tanda tangan',
      active: 'Berlaku',
      terminated: 'Diakhiri',
    },
  },
  workPlan: {
    title: 'RENCANA KERJA BERSAMA TAHUN {year}',
    approved: 'Disepakati {date}.',
    approvedBy: 'Disepakati {date} oleh {name}.',
    status: 'Status: {status}.',
    items: 'Butir Kegiatan',
    header: {
      activity: 'Kegiatan',
      objective: 'Tujuan',
      responsible: 'Penanggung jawab',
      timing: 'Waktu',
      target: 'Target',
      budget: 'Anggaran',
      contribution: 'Kontribusi',
    },
    contribution: 'Lembaga {institution}\nMitra {partner}',
    totals: 'Jumlah anggaran {budget}; kontribusi lembaga {institution}, mitra {partner}.',
    parties: { institution: 'Lembaga', partner: 'Mitra', both: 'Bersama' },
    statuses: {
      draft: 'draf',
      in_review: 'ditinjau mitra',
      changes_requested: 'perlu perubahan',
      approved: 'disepakati',
    },
  },
} as const;

const en: DeepStrings<typeof id> = {
  files: {
    zip: 'evidence-pack-{slug}.zip',
    programmeZip: 'evidence-pack-programme-{slug}.zip',
    index: '00-index.pdf',
    agreements: 'agreements',
    workPlans: 'work-plans',
    workPlan: 'work-plan-{year}.pdf',
    activities: 'activities',
    monev: 'monev',
    monevReport: 'monev-report-{year}.pdf',
    unnamed: 'untitled',
    unnamedFile: 'file',
  },
  headings: {
    partnership: 'Partnership {name}',
    partnershipOfProgramme: 'Partnership {name} – {programme} programme',
    programmeOne: '{name} programme ({count} partnership)',
    programmeMany: '{name} programme ({count} partnerships)',
  },
  pageOf: 'Page {current} of {total}',
  numberColumn: 'No.',
  period: '{from} to {to}',
  index: {
    title: 'PARTNERSHIP EVIDENCE PACK',
    documentTitle: 'Evidence pack – {heading}',
    prepared: 'Prepared on {date}',
    partnership: 'Partnership: {name}',
    programme: 'Programme: {programme}',
    partners: 'Partners: {names}',
    recorded: 'Activities recorded: {activities}; evidence files: {evidence}',
    noAgreements: 'No agreement documents yet.',
    agreementHeader: { document: 'Document', number: 'Number', term: 'Term', status: 'Status' },
    outcomesIntro: 'Outcomes of the partnership (totalled from the actual results of its activities):',
    outcomeHeader: { outcome: 'Outcome', total: 'Total' },
    programmeOutcomes: 'Outcomes of the whole programme',
    contents: 'Contents',
    thisFile: '{name} (this file)',
    noOtherFiles: 'No other files yet.',
    outcomes: {
      learners_trained: 'Learners trained',
      graduates_hired: 'Graduates hired',
      graduates_in_business: 'Graduates in business',
      internship_places: 'Internship and work placement places',
      guest_instructor_hours: 'Guest instructor hours',
    },
    agreementKinds: {
      mou: 'MoU',
      pks: 'Cooperation Agreement (PKS)',
      addendum: 'Addendum',
      extension: 'Extension',
    },
    agreementStatuses: {
      draft: 'Draft',
      in_review: 'In review',
      awaiting_signatures: 'Awaiting signatures',
      active: 'In force',
      terminated: 'Terminated',
    },
  },
  workPlan: {
    title: 'JOINT WORK PLAN {year}',
    approved: 'Agreed on {date}.',
    approvedBy: 'Agreed on {date} by {name}.',
    status: 'Status: {status}.',
    items: 'Planned activities',
    header: {
      activity: 'Activity',
      objective: 'Objective',
      responsible: 'Responsible',
      timing: 'Timing',
      target: 'Target',
      budget: 'Budget',
      contribution: 'Contributions',
    },
    contribution: 'Institution {institution}\nPartner {partner}',
    totals: 'Total budget {budget}; contributions: institution {institution}, partner {partner}.',
    parties: { institution: 'Institution', partner: 'Partner', both: 'Both parties' },
    statuses: {
      draft: 'draft',
      in_review: 'under review by the partner',
      changes_requested: 'changes requested',
      approved: 'agreed',
    },
  },
};

export type PackWords = DeepStrings<typeof id>;

export const packWords: Record<Locale, PackWords> = { id, en };

/** The word for a stored code, or the code itself when a newer code has no word yet. */
export function wordFor(words: Readonly<Record<string, string>>, code: string): string {
  return Object.prototype.hasOwnProperty.call(words, code) ? words[code]! : code;
}
