import { formatIndonesianDate } from '../../../shared/domain/calendar-date';
import type { MonevSource } from './load-monev-source';
import { annexBlocks, conclusionBlocks } from './monev-conclusions';
import type { MonevBlock, MonevDocument } from './monev-document-model';
import { findingsBlocks, itemActualsOf } from './monev-findings';
import { agreementKindWords, agreementStatusWords, wordOf } from './monev-words';

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'mitra';
  return `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
}

function introductionBlocks(source: MonevSource, planned: number): MonevBlock[] {
  const { institution, partnership, evaluation, workPlan } = source;
  const partners = joinNames(source.partnerNames);
  const programme = partnership.programme ? ` dalam program ${partnership.programme}` : '';
  const agreements = source.agreements.map(
    (agreement) =>
      `${wordOf(agreementKindWords, agreement.kind)}${agreement.institution_number ? ` Nomor ${agreement.institution_number}` : ''} tentang ${agreement.subject}, berlaku ${formatIndonesianDate(agreement.starts_on)} s.d. ${formatIndonesianDate(agreement.ends_on)} (${wordOf(agreementStatusWords, agreement.status)})`,
  );
  const unplanned = source.activities.filter((activity) => activity.work_plan_item_id === null).length;
  return [
    { kind: 'heading', text: 'A. Latar Belakang' },
    {
      kind: 'paragraph',
      text:
        `${institution.name} menjalin kemitraan "${partnership.name}" dengan ${partners}${programme}. ` +
        (agreements.length
          ? `Kemitraan ini dilandasi ${agreements.join('; ')}.`
          : 'Kemitraan ini belum memiliki naskah kerja sama yang tercatat.'),
    },
    { kind: 'heading', text: 'B. Tujuan' },
    {
      kind: 'paragraph',
      text:
        'Monitoring dan evaluasi ini bertujuan menilai pelaksanaan rencana kerja bersama, mengukur capaian ' +
        'target setiap kegiatan, mengenali kendala beserta penyebabnya, dan merumuskan rekomendasi serta ' +
        'keputusan keberlanjutan kemitraan.',
    },
    { kind: 'heading', text: 'C. Ruang Lingkup' },
    {
      kind: 'paragraph',
      text:
        `Siklus tahun ${evaluation.cycle_year}` +
        (workPlan
          ? `, rencana kerja "${workPlan.title}" dengan ${planned} butir kegiatan`
          : ', tanpa rencana kerja') +
        `; ${source.activities.length} kegiatan tercatat, ${unplanned} di antaranya di luar rencana.`,
    },
  ];
}

function methodBlocks(source: MonevSource): MonevBlock[] {
  const evaluation = source.evaluation;
  const partnerPart = evaluation.partner_submitted_at
    ? `diisi mitra pada ${formatIndonesianDate(evaluation.partner_submitted_at.slice(0, 10))}`
    : 'bagian mitra belum diisi';
  return [
    {
      kind: 'paragraph',
      text: 'Data monitoring dan evaluasi dihimpun dengan instrumen berikut:',
    },
    {
      kind: 'list',
      items: [
        `Catatan pelaksanaan kegiatan beserta buktinya (${source.activities.length} kegiatan, ${source.evidence.length} berkas bukti: foto, daftar hadir, dokumen).`,
        `Kunjungan monitoring (${source.visits.length} kunjungan) yang dituangkan dalam berita acara.`,
        `Log masalah dan solusi (${source.problems.length} masalah).`,
        `Formulir evaluasi bersama yang diisi kedua pihak (${partnerPart}).`,
      ],
    },
  ];
}

/** The laporan monev's five chapters from one evaluation and what the cycle recorded. */
export function composeMonevDocument(source: MonevSource, today: string): MonevDocument {
  const actuals = itemActualsOf(source);
  const { institution, partnership, evaluation } = source;
  return {
    title: `Laporan Monev ${partnership.name} ${evaluation.cycle_year}`,
    date: today,
    institutionName: institution.name,
    institutionAddress: institution.address,
    titleLines: [
      'LAPORAN MONITORING DAN EVALUASI',
      `KEMITRAAN ${partnership.name.toUpperCase()}`,
      `SIKLUS TAHUN ${evaluation.cycle_year}`,
    ],
    sections: [
      { title: 'I. PENDAHULUAN', blocks: introductionBlocks(source, actuals.length) },
      { title: 'II. METODE DAN INSTRUMEN', blocks: methodBlocks(source) },
      { title: 'III. HASIL DAN TEMUAN', blocks: findingsBlocks(source, actuals) },
      { title: 'IV. KESIMPULAN DAN REKOMENDASI', blocks: conclusionBlocks(source) },
      { title: 'V. LAMPIRAN', blocks: annexBlocks(source) },
    ],
    closing: `Disusun pada ${formatIndonesianDate(today)}`,
    signers: [
      { label: 'Pihak Lembaga', organisation: institution.name },
      { label: 'Pihak Mitra', organisation: joinNames(source.partnerNames) },
    ],
  };
}
