import { formatRupiah, formatRupiahWithWords } from '../../../../shared/domain/rupiah';
import {
  rightsAndObligationsOf,
  workPlanTotals,
  type WorkPlanItem,
} from '../../../../shared/domain/work-plan-items';
import type { AgreementParty } from '../../../../shared/domain/agreement-parties';
import type { ArticleBlock } from './agreement-document-model';
import { formatDecimal, partyLabel, periodText } from './document-words';

const responsibleLabels: Record<WorkPlanItem['responsibleParty'], string> = {
  institution: 'PIHAK PERTAMA',
  partner: 'PIHAK KEDUA',
  both: 'PARA PIHAK',
};

/** Hak dan Kewajiban from the work plan: each party's rights, then its obligations. */
export function rightsAndObligationsBlocks(items: readonly WorkPlanItem[]): ArticleBlock[] {
  const duties = rightsAndObligationsOf(items);
  const blocks: ArticleBlock[] = [];
  const parties: AgreementParty[] = ['institution', 'partner'];
  for (const party of parties) {
    const { rights, obligations } = duties[party];
    if (rights.length > 0) {
      blocks.push({ kind: 'paragraph', text: `Hak ${partyLabel(party)}:` });
      blocks.push({ kind: 'list', ordered: true, items: rights });
    }
    if (obligations.length > 0) {
      blocks.push({ kind: 'paragraph', text: `Kewajiban ${partyLabel(party)}:` });
      blocks.push({ kind: 'list', ordered: true, items: obligations });
    }
  }
  return blocks;
}

/** Pelaksanaan: the work plan as a table, with its total budget. */
export function workPlanTableBlocks(items: readonly WorkPlanItem[]): ArticleBlock[] {
  const totals = workPlanTotals(items);
  const rows = items.map((item, index) => [
    String(index + 1),
    item.activity.trim(),
    responsibleLabels[item.responsibleParty] + (item.responsiblePerson ? ` (${item.responsiblePerson})` : ''),
    periodText(item.startsOn, item.endsOn),
    `${formatDecimal(item.target.quantity)} ${item.target.unit.trim()} ${item.target.description.trim()}`,
    formatRupiah(item.budgetRupiah),
  ]);
  rows.push(['', 'Jumlah', '', '', '', formatRupiah(totals.budgetRupiah)]);
  return [
    {
      kind: 'paragraph',
      text: 'PARA PIHAK melaksanakan kegiatan sesuai rencana kerja bersama sebagai berikut:',
    },
    {
      kind: 'table',
      header: ['No', 'Kegiatan', 'Penanggung Jawab', 'Waktu', 'Target', 'Anggaran'],
      rows,
    },
  ];
}

/** Pembiayaan: the plan's total and each party's share, amounts with words. */
export function fundingBlocks(items: readonly WorkPlanItem[]): ArticleBlock[] {
  const totals = workPlanTotals(items);
  const shares = [
    `${partyLabel('institution')} sebesar ${formatRupiahWithWords(totals.contributions.institution)};`,
    `${partyLabel('partner')} sebesar ${formatRupiahWithWords(totals.contributions.partner)}`,
  ];
  const rest = totals.budgetRupiah - totals.contributions.institution - totals.contributions.partner;
  if (rest > 0) {
    shares[1] += ';';
    shares.push(`sumber lain yang sah dan tidak mengikat sebesar ${formatRupiahWithWords(rest)}.`);
  } else {
    shares[1] += '.';
  }
  return [
    {
      kind: 'paragraph',
      text: `Jumlah anggaran pelaksanaan kegiatan sebesar ${formatRupiahWithWords(totals.budgetRupiah)}, yang ditanggung oleh:`,
    },
    { kind: 'list', ordered: true, items: shares },
  ];
}
