import type { Content } from 'pdfmake/interfaces';
import { formatIndonesianDate } from '../../../shared/domain/calendar-date';
import type { PackPartnership } from './load-pack-partnership';
import {
  countedOutcomes,
  sumOutcomes,
  addOutcomes,
  type CountedOutcome,
  type OutcomeFigures,
} from './outcome-figures';
import { packHeading, packTable, renderPackPdf } from './pack-pdf';
import type { PackEntry } from './plan-pack-entries';

export const outcomeWords: Record<CountedOutcome, string> = {
  learners_trained: 'Peserta didik terlatih',
  graduates_hired: 'Lulusan bekerja',
  graduates_in_business: 'Lulusan berwirausaha',
  internship_places: 'Tempat magang/praktik kerja',
  guest_instructor_hours: 'Jam instruktur tamu',
};

const kindWords: Record<string, string> = {
  mou: 'MoU',
  pks: 'PKS',
  addendum: 'Adendum',
  extension: 'Perpanjangan',
};
const statusWords: Record<string, string> = {
  draft: 'Draf',
  in_review: 'Dalam peninjauan',
  awaiting_signatures: 'Menunggu tanda tangan',
  active: 'Berlaku',
  terminated: 'Diakhiri',
};

export interface PackIndexInput {
  institutionName: string;
  /** "Paket bukti kemitraan …" or "Paket bukti program …" */
  heading: string;
  date: string;
  partnerships: PackPartnership[];
  /** Every file after the index itself, in ZIP order. */
  entries: PackEntry[];
}

function figure(value: number): string {
  return String(value).replace('.', ',');
}

function outcomeTable(figures: OutcomeFigures): Content {
  return packTable(
    ['Capaian', 'Jumlah'],
    countedOutcomes.map((kind) => [outcomeWords[kind], figure(figures[kind])]),
    ['*', 80],
  );
}

function partnershipContent(data: PackPartnership): Content[] {
  const { partnership } = data;
  return [
    packHeading(`Kemitraan: ${partnership.name}`),
    {
      ul: [
        `Program: ${partnership.programme ?? '-'}`,
        `Mitra: ${data.partnerNames.join(', ') || '-'}`,
        `Kegiatan tercatat: ${data.activities.length}; berkas bukti: ${data.evidence.length}`,
      ],
      margin: [0, 0, 0, 6],
    },
    data.agreements.length === 0
      ? { text: 'Belum ada naskah kerja sama.', margin: [0, 0, 0, 6] }
      : packTable(
          ['No', 'Naskah', 'Nomor', 'Masa berlaku', 'Status'],
          data.agreements.map((agreement, index) => [
            String(index + 1),
            `${kindWords[agreement.kind] ?? agreement.kind}: ${agreement.subject}`,
            agreement.institution_number ?? '-',
            `${formatIndonesianDate(agreement.starts_on)} s.d. ${formatIndonesianDate(agreement.ends_on)}`,
            statusWords[agreement.status] ?? agreement.status,
          ]),
        ),
    { text: 'Capaian kemitraan (dijumlahkan dari realisasi kegiatan):', fontSize: 9, margin: [0, 0, 0, 2] },
    outcomeTable(sumOutcomes(data.activities)),
  ];
}

/** The table of contents: each folder once, its files under it, so every path reads on one line. */
function contentsContent(entries: PackEntry[]): Content[] {
  const folders = new Map<string, string[]>();
  for (const entry of entries) folders.set(entry.folder, [...(folders.get(entry.folder) ?? []), entry.name]);
  const content: Content[] = [
    packHeading('Daftar Isi'),
    { text: '00-indeks.pdf (berkas ini)', fontSize: 8.5 },
  ];
  for (const [folder, names] of folders) {
    content.push(
      { text: `${folder}/`, bold: true, fontSize: 8.5, margin: [0, 4, 0, 1] },
      { ul: names.map((name) => ({ text: name, fontSize: 8.5 })), margin: [8, 0, 0, 0] },
    );
  }
  if (entries.length === 0) content.push({ text: 'Belum ada berkas lain.', fontSize: 8.5 });
  return content;
}

/** 00-indeks.pdf: who, what was agreed, what it delivered, and where each file is. */
export function renderPackIndexPdf(input: PackIndexInput): Promise<Buffer> {
  const content: Content[] = [
    { text: input.institutionName, bold: true, fontSize: 13, alignment: 'center' },
    { text: 'PAKET BUKTI KEMITRAAN', bold: true, fontSize: 12, alignment: 'center' },
    { text: input.heading, alignment: 'center' },
    {
      text: `Disusun ${formatIndonesianDate(input.date)}`,
      alignment: 'center',
      fontSize: 8.5,
      margin: [0, 0, 0, 10],
    },
  ];
  for (const data of input.partnerships) content.push(...partnershipContent(data));
  if (input.partnerships.length > 1) {
    const total = input.partnerships
      .map((data) => sumOutcomes(data.activities))
      .reduce((sum, figures) => addOutcomes(sum, figures));
    content.push(packHeading('Capaian seluruh program'), outcomeTable(total));
  }
  content.push(...contentsContent(input.entries));
  return renderPackPdf(`Paket bukti – ${input.heading}`, input.date, content);
}
