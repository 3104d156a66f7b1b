import type { Locale } from '../../../shared/contracts/auth';
import { formatDocumentDate } from '../../../shared/domain/calendar-date';
import { formatFigure } from '../../../shared/domain/figures';
import { formatRupiah } from '../../../shared/domain/rupiah';
import { fill } from '../../../shared/i18n/catalog';
import type { PackPartnership } from './load-pack-partnership';
import { packHeading, packTable, renderPackPdf } from './pack-pdf';
import { packWords, wordFor } from './pack-words';

type WorkPlan = PackPartnership['workPlans'][number];

/** A joint work plan as one landscape table, as it stood when the pack was made, in `locale`. */
export function renderWorkPlanPdf(
  institutionName: string,
  partnershipName: string,
  plan: WorkPlan,
  date: string,
  locale: Locale,
) {
  const all = packWords[locale];
  const words = all.workPlan;
  const day = (value: string) => formatDocumentDate(value, locale);
  const rupiah = (amount: number) => formatRupiah(amount, { locale });
  const period = (startsOn: string, endsOn: string) =>
    startsOn === endsOn ? day(startsOn) : fill(all.period, { from: day(startsOn), to: day(endsOn) });
  const approval = plan.approved_at
    ? plan.approved_by_name
      ? fill(words.approvedBy, { date: day(plan.approved_at.slice(0, 10)), name: plan.approved_by_name })
      : fill(words.approved, { date: day(plan.approved_at.slice(0, 10)) })
    : fill(words.status, { status: wordFor(words.statuses, plan.status) });
  const totals = plan.items.reduce(
    (sum, item) => ({
      budget: sum.budget + item.budget_rupiah,
      institution: sum.institution + item.institution_contribution_rupiah,
      partner: sum.partner + item.partner_contribution_rupiah,
    }),
    { budget: 0, institution: 0, partner: 0 },
  );
  const header = words.header;
  return renderPackPdf(
    plan.title,
    date,
    [
      { text: institutionName, bold: true, fontSize: 12, alignment: 'center' },
      { text: fill(words.title, { year: plan.cycle_year }), bold: true, alignment: 'center' },
      { text: `${plan.title} – ${partnershipName}`, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: approval, alignment: 'center', fontSize: 8.5, margin: [0, 0, 0, 8] },
      packHeading(words.items),
      packTable(
        [
          all.numberColumn,
          header.activity,
          header.objective,
          header.responsible,
          header.timing,
          header.target,
          header.budget,
          header.contribution,
        ],
        plan.items.map((item, index) => [
          String(index + 1),
          item.activity,
          item.objective,
          `${wordFor(words.parties, item.responsible_party)}${item.responsible_person ? `\n${item.responsible_person}` : ''}`,
          period(item.starts_on, item.ends_on),
          `${formatFigure(item.target_quantity, locale)} ${item.target_unit}\n${item.target_description}`,
          rupiah(item.budget_rupiah),
          fill(words.contribution, {
            institution: rupiah(item.institution_contribution_rupiah),
            partner: rupiah(item.partner_contribution_rupiah),
          }),
        ]),
        [16, '*', '*', 70, 90, 80, 70, 100],
      ),
      {
        text: fill(words.totals, {
          budget: rupiah(totals.budget),
          institution: rupiah(totals.institution),
          partner: rupiah(totals.partner),
        }),
        fontSize: 9,
      },
    ],
    locale,
    'landscape',
  );
}
