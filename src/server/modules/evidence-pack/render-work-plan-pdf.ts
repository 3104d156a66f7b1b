import { formatIndonesianDate } from '../../../shared/domain/calendar-date';
import { formatRupiah } from '../../../shared/domain/rupiah';
import type { PackPartnership } from './load-pack-partnership';
import { packHeading, packTable, renderPackPdf } from './pack-pdf';

type WorkPlan = PackPartnership['workPlans'][number];

const partyWords: Record<string, string> = { institution: 'Lembaga', partner: 'Mitra', both: 'Bersama' };
const statusWords: Record<string, string> = {
  draft: 'draf',
  in_review: 'ditinjau mitra',
  changes_requested: 'perlu perubahan',
  approved: 'disepakati',
};

function period(startsOn: string, endsOn: string): string {
  return startsOn === endsOn
    ? formatIndonesianDate(startsOn)
    : `${formatIndonesianDate(startsOn)} s.d. ${formatIndonesianDate(endsOn)}`;
}

/** A joint work plan as one landscape table, as it stood when the pack was made. */
export function renderWorkPlanPdf(
  institutionName: string,
  partnershipName: string,
  plan: WorkPlan,
  date: string,
) {
  const approval = plan.approved_at
    ? `Disepakati ${formatIndonesianDate(plan.approved_at.slice(0, 10))}${plan.approved_by_name ? ` oleh ${plan.approved_by_name}` : ''}.`
    : `Status: ${statusWords[plan.status] ?? plan.status}.`;
  const totals = plan.items.reduce(
    (sum, item) => ({
      budget: sum.budget + item.budget_rupiah,
      institution: sum.institution + item.institution_contribution_rupiah,
      partner: sum.partner + item.partner_contribution_rupiah,
    }),
    { budget: 0, institution: 0, partner: 0 },
  );
  return renderPackPdf(
    plan.title,
    date,
    [
      { text: institutionName, bold: true, fontSize: 12, alignment: 'center' },
      { text: `RENCANA KERJA BERSAMA TAHUN ${plan.cycle_year}`, bold: true, alignment: 'center' },
      { text: `${plan.title} – ${partnershipName}`, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: approval, alignment: 'center', fontSize: 8.5, margin: [0, 0, 0, 8] },
      packHeading('Butir Kegiatan'),
      packTable(
        ['No', 'Kegiatan', 'Tujuan', 'Penanggung jawab', 'Waktu', 'Target', 'Anggaran', 'Kontribusi'],
        plan.items.map((item, index) => [
          String(index + 1),
          item.activity,
          item.objective,
          `${partyWords[item.responsible_party] ?? item.responsible_party}${item.responsible_person ? `\n${item.responsible_person}` : ''}`,
          period(item.starts_on, item.ends_on),
          `${String(item.target_quantity).replace('.', ',')} ${item.target_unit}\n${item.target_description}`,
          formatRupiah(item.budget_rupiah),
          `Lembaga ${formatRupiah(item.institution_contribution_rupiah)}\nMitra ${formatRupiah(item.partner_contribution_rupiah)}`,
        ]),
        [16, '*', '*', 70, 90, 80, 70, 100],
      ),
      {
        text: `Jumlah anggaran ${formatRupiah(totals.budget)}; kontribusi lembaga ${formatRupiah(totals.institution)}, mitra ${formatRupiah(totals.partner)}.`,
        fontSize: 9,
      },
    ],
    'landscape',
  );
}
