import type { Locale } from '../../../shared/contracts/auth';
import { formatDocumentDate } from '../../../shared/domain/calendar-date';
import { formatFigure } from '../../../shared/domain/figures';
import { formatRupiah } from '../../../shared/domain/rupiah';
import { fill } from '../../../shared/i18n/catalog';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import { barChartSvg } from './bar-chart-svg';
import type { MonevSource } from './load-monev-source';
import type { MonevBlock } from './monev-document-model';
import { headerOf, monevWords, wordOf } from './monev-words';
import { planVsActual, type ItemActuals } from './plan-vs-actual';

function dateOrDash(value: string | null, locale: Locale): string {
  return value ? formatDocumentDate(value, locale) : '-';
}

function period(from: string | null, to: string | null, locale: Locale): string {
  const words = monevWords[locale].findings;
  if (!from && !to) return words.notCarriedOut;
  if (from && to && from !== to) {
    return fill(words.period, { from: dateOrDash(from, locale), to: dateOrDash(to, locale) });
  }
  return dateOrDash(from ?? to, locale);
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

/** "20 orang" / "1,234.5 people", or "belum diukur" / "not measured" when no activity recorded a value. */
export function quantityText(value: number | null, unit: string, locale: Locale): string {
  return value === null ? monevWords[locale].findings.notMeasured : `${formatFigure(value, locale)} ${unit}`;
}

function satisfactionText(score: number | null, locale: Locale): string {
  const words = monevWords[locale].findings;
  return score === null ? words.notGiven : fill(words.score, { score });
}

/** III. Hasil dan temuan: plan against actual per item, a chart of it, unplanned work, problems, satisfaction. */
export function findingsBlocks(source: MonevSource, actuals: ItemActuals[], locale: Locale): MonevBlock[] {
  const words = monevWords[locale].findings;
  const catalog = catalogOf(locale);
  const money = (amount: number) => formatRupiah(amount, { locale });
  const assessed = new Map(source.evaluationItems.map((row) => [row.work_plan_item_id, row]));
  const blocks: MonevBlock[] = [{ kind: 'heading', text: words.targets }];
  if (actuals.length === 0) {
    blocks.push({ kind: 'paragraph', text: words.noWorkPlan });
  } else {
    blocks.push(
      {
        kind: 'table',
        header: headerOf(words.targetsHeader),
        rows: actuals.map((row, index) => [
          String(index + 1),
          row.item.activity,
          quantityText(row.item.targetQuantity, row.item.targetUnit, locale),
          quantityText(row.actualQuantity, row.item.targetUnit, locale),
          period(row.item.startsOn, row.item.endsOn, locale),
          period(row.actualStartedOn, row.actualEndedOn, locale),
        ]),
      },
      { kind: 'heading', text: words.budget },
      {
        kind: 'table',
        header: headerOf(words.budgetHeader),
        rows: actuals.map((row, index) => {
          const evaluation = assessed.get(row.item.id);
          return [
            String(index + 1),
            row.item.activity,
            `${fill(words.institutionAmount, { amount: money(row.item.institutionContributionRupiah) })}\n${fill(words.partnerAmount, { amount: money(row.item.partnerContributionRupiah) })}`,
            `${fill(words.institutionAmount, { amount: money(row.institutionSpentRupiah) })}\n${fill(words.partnerAmount, { amount: money(row.partnerSpentRupiah) })}`,
            evaluation ? wordOf(catalog.evaluationOutcomes, evaluation.outcome) : '-',
            evaluation
              ? `${wordOf(monevWords[locale].goalReached, evaluation.goal_reached)}${evaluation.note ? `\n${evaluation.note}` : ''}`
              : '-',
          ];
        }),
      },
      { kind: 'heading', text: words.chart },
      {
        kind: 'chart',
        ...barChartSvg(
          actuals.map((row) => ({
            label: row.item.activity,
            target: row.item.targetQuantity,
            actual: row.actualQuantity,
          })),
          { target: words.chartTarget, actual: words.chartActual, notMeasured: words.notMeasured },
          locale,
        ),
        caption: words.chartCaption,
      },
    );
  }
  const unplanned = source.activities.filter((activity) => activity.work_plan_item_id === null);
  blocks.push({ kind: 'heading', text: words.unplanned });
  blocks.push(
    unplanned.length === 0
      ? { kind: 'paragraph', text: words.noUnplanned }
      : {
          kind: 'table',
          header: headerOf(words.unplannedHeader),
          rows: unplanned.map((activity, index) => [
            String(index + 1),
            activity.title,
            wordOf(catalog.activityParties, activity.carried_out_by),
            wordOf(catalog.activityStatuses, activity.status),
            period(activity.started_on, activity.ended_on, locale),
            activity.actual_quantity === null ? '-' : formatFigure(activity.actual_quantity, locale),
          ]),
        },
  );
  blocks.push({ kind: 'heading', text: words.problems });
  blocks.push(
    source.problems.length === 0
      ? { kind: 'paragraph', text: words.noProblems }
      : {
          kind: 'table',
          header: headerOf(words.problemsHeader),
          rows: source.problems.map((problem, index) => [
            String(index + 1),
            problem.problem,
            problem.cause ?? '-',
            problem.solution ?? '-',
            problem.owner_name,
            wordOf(catalog.problemStatuses, problem.status),
          ]),
        },
  );
  const evaluation = source.evaluation;
  const respondent = evaluation.partner_respondent_name
    ? ` (${evaluation.partner_respondent_name}${evaluation.partner_respondent_position ? `, ${evaluation.partner_respondent_position}` : ''})`
    : '';
  blocks.push(
    { kind: 'heading', text: words.satisfaction },
    {
      kind: 'list',
      items: [
        fill(words.institutionSatisfaction, {
          score: satisfactionText(evaluation.institution_satisfaction, locale),
        }),
        fill(words.partnerSatisfaction, {
          score: satisfactionText(evaluation.partner_satisfaction, locale),
          respondent,
        }),
      ],
    },
  );
  return blocks;
}
