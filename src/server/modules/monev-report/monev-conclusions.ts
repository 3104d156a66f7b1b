import { formatIndonesianDate } from '../../../shared/domain/calendar-date';
import type { MonevSource } from './load-monev-source';
import type { MonevBlock } from './monev-document-model';
import { decisionWords, evidenceKindWords, improvementStatusWords, sideWords, wordOf } from './monev-words';

function bothSides(institution: string | null, partner: string | null): MonevBlock {
  return {
    kind: 'list',
    items: [`Lembaga: ${institution?.trim() || 'belum diisi'}`, `Mitra: ${partner?.trim() || 'belum diisi'}`],
  };
}

/** IV. Kesimpulan dan rekomendasi: both parties' words, the improvements and the decision. */
export function conclusionBlocks(source: MonevSource): MonevBlock[] {
  const evaluation = source.evaluation;
  const decision = evaluation.decision
    ? `Keputusan: ${wordOf(decisionWords, evaluation.decision)}${evaluation.decided_at ? ` (${formatIndonesianDate(evaluation.decided_at.slice(0, 10))})` : ''}. Alasan: ${evaluation.decision_reason ?? '-'}`
    : 'Keputusan keberlanjutan kemitraan belum diambil.';
  return [
    { kind: 'heading', text: 'A. Capaian Tujuan' },
    bothSides(evaluation.goals_summary, evaluation.partner_goals_summary),
    { kind: 'heading', text: 'B. Kendala dan Penyebabnya' },
    bothSides(evaluation.obstacles, evaluation.partner_obstacles),
    { kind: 'heading', text: 'C. Rekomendasi' },
    bothSides(evaluation.recommendations, evaluation.partner_recommendations),
    { kind: 'heading', text: 'D. Daftar Perbaikan' },
    source.improvements.length === 0
      ? { kind: 'paragraph', text: 'Tidak ada perbaikan yang dicatat.' }
      : {
          kind: 'table',
          header: ['No', 'Perbaikan', 'Penanggung jawab', 'Tenggat', 'Status'],
          rows: source.improvements.map((row, index) => [
            String(index + 1),
            row.improvement,
            row.owner_name ?? '-',
            row.due_on ? formatIndonesianDate(row.due_on) : '-',
            wordOf(improvementStatusWords, row.status),
          ]),
        },
    { kind: 'heading', text: 'E. Keputusan Keberlanjutan' },
    { kind: 'paragraph', text: decision },
  ];
}

/** V. Lampiran: the RTL table, the monitoring visits and the evidence per activity. */
export function annexBlocks(source: MonevSource): MonevBlock[] {
  const titles = new Map(source.activities.map((activity) => [activity.id, activity.title]));
  return [
    { kind: 'heading', text: 'Lampiran 1. Rencana Tindak Lanjut (RTL)' },
    source.followUpRows.length === 0
      ? { kind: 'paragraph', text: 'Rencana tindak lanjut belum disusun.' }
      : {
          kind: 'table',
          header: ['No', 'Kegiatan', 'Target', 'Waktu', 'Penanggung Jawab', 'Indikator Keberhasilan'],
          rows: source.followUpRows.map((row, index) => [
            String(index + 1),
            row.activity,
            row.target,
            row.timing,
            row.person_responsible,
            row.success_indicator,
          ]),
        },
    { kind: 'heading', text: 'Lampiran 2. Kunjungan Monitoring' },
    source.visits.length === 0
      ? { kind: 'paragraph', text: 'Tidak ada kunjungan monitoring yang dicatat.' }
      : {
          kind: 'table',
          header: ['No', 'Tanggal', 'Tempat', 'Tim kunjungan', 'Temuan', 'Rekomendasi'],
          rows: source.visits.map((visit, index) => [
            String(index + 1),
            formatIndonesianDate(visit.visited_on),
            visit.place,
            `${visit.visitors}\n${visit.partner_attendees}`,
            visit.findings,
            visit.recommendations ?? '-',
          ]),
        },
    { kind: 'heading', text: 'Lampiran 3. Daftar Bukti per Kegiatan' },
    source.evidence.length === 0
      ? { kind: 'paragraph', text: 'Belum ada bukti kegiatan yang diunggah.' }
      : {
          kind: 'table',
          header: ['No', 'Kegiatan', 'Jenis', 'Berkas', 'Keterangan', 'Diunggah oleh'],
          rows: source.evidence.map((row, index) => [
            String(index + 1),
            titles.get(row.activity_id) ?? '-',
            wordOf(evidenceKindWords, row.kind),
            row.original_name,
            row.caption ?? '-',
            wordOf(sideWords, row.added_by_side),
          ]),
        },
  ];
}
