import { formatIndonesianDate } from '../../../shared/domain/calendar-date';
import { formatRupiah } from '../../../shared/domain/rupiah';
import { barChartSvg } from './bar-chart-svg';
import type { MonevSource } from './load-monev-source';
import type { MonevBlock } from './monev-document-model';
import {
  figure,
  goalReachedWords,
  outcomeWords,
  problemStatusWords,
  sideWords,
  activityStatusWords,
  wordOf,
} from './monev-words';
import { planVsActual, type ItemActuals } from './plan-vs-actual';

export const notMeasured = 'belum diukur';

function dateOrDash(value: string | null): string {
  return value ? formatIndonesianDate(value) : '-';
}

function period(from: string | null, to: string | null): string {
  if (!from && !to) return 'belum dilaksanakan';
  if (from && to && from !== to) return `${dateOrDash(from)} s.d. ${dateOrDash(to)}`;
  return dateOrDash(from ?? to);
}

export function itemActualsOf(source: MonevSource): ItemActuals[] {
  return planVsActual(
    source.items.map((item) => ({
      id: item.id,
      activity: item.activity,
      startsOn: item.starts_on,
      endsOn: item.ends_on,
      targetQuantity: item.target_quantity,
      targetUnit: item.target_unit,
      budgetRupiah: item.budget_rupiah,
      institutionContributionRupiah: item.institution_contribution_rupiah,
      partnerContributionRupiah: item.partner_contribution_rupiah,
    })),
    source.activities.map((activity) => ({
      workPlanItemId: activity.work_plan_item_id,
      status: activity.status,
      startedOn: activity.started_on,
      endedOn: activity.ended_on,
      actualQuantity: activity.actual_quantity,
      institutionSpentRupiah: activity.institution_spent_rupiah,
      partnerSpentRupiah: activity.partner_spent_rupiah,
    })),
  );
}

/** "20 orang", or "belum diukur" when no activity recorded a value. */
export function quantityText(value: number | null, unit: string): string {
  return value === null ? notMeasured : `${figure(value)} ${unit}`;
}

function satisfactionText(score: number | null): string {
  return score === null ? 'belum diisi' : `${score} dari 5`;
}

/** III. Hasil dan temuan: plan against actual per item, a chart of it, unplanned work, problems, satisfaction. */
export function findingsBlocks(source: MonevSource, actuals: ItemActuals[]): MonevBlock[] {
  const assessed = new Map(source.evaluationItems.map((row) => [row.work_plan_item_id, row]));
  const blocks: MonevBlock[] = [
    { kind: 'heading', text: 'A. Capaian Target dan Waktu per Butir Rencana Kerja' },
  ];
  if (actuals.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: 'Siklus ini tidak memiliki rencana kerja bersama yang tercatat.',
    });
  } else {
    blocks.push(
      {
        kind: 'table',
        header: ['No', 'Kegiatan', 'Target', 'Realisasi', 'Waktu rencana', 'Waktu pelaksanaan'],
        rows: actuals.map((row, index) => [
          String(index + 1),
          row.item.activity,
          quantityText(row.item.targetQuantity, row.item.targetUnit),
          quantityText(row.actualQuantity, row.item.targetUnit),
          period(row.item.startsOn, row.item.endsOn),
          period(row.actualStartedOn, row.actualEndedOn),
        ]),
      },
      { kind: 'heading', text: 'B. Anggaran, Kontribusi, dan Hasil' },
      {
        kind: 'table',
        header: ['No', 'Kegiatan', 'Kontribusi rencana', 'Realisasi biaya', 'Hasil', 'Tujuan tercapai'],
        rows: actuals.map((row, index) => {
          const evaluation = assessed.get(row.item.id);
          return [
            String(index + 1),
            row.item.activity,
            `Lembaga ${formatRupiah(row.item.institutionContributionRupiah)}\nMitra ${formatRupiah(row.item.partnerContributionRupiah)}`,
            `Lembaga ${formatRupiah(row.institutionSpentRupiah)}\nMitra ${formatRupiah(row.partnerSpentRupiah)}`,
            evaluation ? wordOf(outcomeWords, evaluation.outcome) : '-',
            evaluation
              ? `${wordOf(goalReachedWords, evaluation.goal_reached)}${evaluation.note ? `\n${evaluation.note}` : ''}`
              : '-',
          ];
        }),
      },
      { kind: 'heading', text: 'C. Grafik Target dan Realisasi' },
      {
        kind: 'chart',
        ...barChartSvg(
          actuals.map((row) => ({
            label: row.item.activity,
            target: row.item.targetQuantity,
            actual: row.actualQuantity,
          })),
          { target: 'Target', actual: 'Realisasi', notMeasured },
        ),
        caption: 'Gambar 1. Target dan realisasi per butir rencana kerja (satuan sesuai tabel A)',
      },
    );
  }
  const unplanned = source.activities.filter((activity) => activity.work_plan_item_id === null);
  blocks.push({ kind: 'heading', text: 'D. Kegiatan di Luar Rencana' });
  blocks.push(
    unplanned.length === 0
      ? { kind: 'paragraph', text: 'Tidak ada kegiatan di luar rencana kerja.' }
      : {
          kind: 'table',
          header: ['No', 'Kegiatan', 'Pelaksana', 'Status', 'Waktu', 'Realisasi'],
          rows: unplanned.map((activity, index) => [
            String(index + 1),
            activity.title,
            wordOf(sideWords, activity.carried_out_by),
            wordOf(activityStatusWords, activity.status),
            period(activity.started_on, activity.ended_on),
            activity.actual_quantity === null ? '-' : figure(activity.actual_quantity),
          ]),
        },
  );
  blocks.push({ kind: 'heading', text: 'E. Masalah dan Solusi' });
  blocks.push(
    source.problems.length === 0
      ? { kind: 'paragraph', text: 'Tidak ada masalah yang dicatat selama siklus ini.' }
      : {
          kind: 'table',
          header: ['No', 'Masalah', 'Penyebab', 'Solusi', 'Penanggung jawab', 'Status'],
          rows: source.problems.map((problem, index) => [
            String(index + 1),
            problem.problem,
            problem.cause ?? '-',
            problem.solution ?? '-',
            problem.owner_name,
            wordOf(problemStatusWords, problem.status),
          ]),
        },
  );
  const evaluation = source.evaluation;
  const respondent = evaluation.partner_respondent_name
    ? ` (${evaluation.partner_respondent_name}${evaluation.partner_respondent_position ? `, ${evaluation.partner_respondent_position}` : ''})`
    : '';
  blocks.push(
    { kind: 'heading', text: 'F. Kepuasan Para Pihak' },
    {
      kind: 'list',
      items: [
        `Kepuasan lembaga: ${satisfactionText(evaluation.institution_satisfaction)}`,
        `Kepuasan mitra: ${satisfactionText(evaluation.partner_satisfaction)}${respondent}`,
      ],
    },
  );
  return blocks;
}
