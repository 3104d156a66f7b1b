import { formatIndonesianDate } from '../../../../shared/domain/calendar-date';
import { formatRupiah, formatRupiahWithWords } from '../../../../shared/domain/rupiah';
import type { AgreementParty } from '../../../../shared/domain/agreement-parties';
import type { PatternTerms } from '../../../../shared/domain/pattern-terms';
import {
  agencyCompensationWords,
  contributionKindWords,
  deliveryFrequencyWords,
  fosterHelpWords,
  generalTradeArrangementWords,
  paymentMethodWords,
  repaymentFrequencyWords,
  termPeriodWords,
} from '../../../../shared/domain/pattern-term-words';
import type { ArticleBlock } from './agreement-document-model';
import { countWithWords, formatDecimal, joinWords, partyLabel, percentWithWords } from './document-words';

type Terms<P extends PatternTerms['pattern']> = Extract<PatternTerms, { pattern: P }>;

const other = (party: AgreementParty): AgreementParty =>
  party === 'institution' ? 'partner' : 'institution';
const paragraph = (text: string): ArticleBlock => ({ kind: 'paragraph', text });
const sentence = (text: string) => text.trim().replace(/[.;,\s]+$/, '');

function operationalCooperation(terms: Terms<'operational_cooperation'>): ArticleBlock[] {
  const contribution = (party: AgreementParty) => {
    const side = terms.contributions[party];
    const kinds = joinWords(side.kinds.map((kind) => contributionKindWords[kind]));
    const details = side.details ? `, yaitu ${sentence(side.details)}` : '';
    return `${partyLabel(party)} menyediakan ${kinds}${details}.`;
  };
  const shares = (split: { institution: number; partner: number }) =>
    `${percentWithWords(split.institution)} untuk PIHAK PERTAMA dan ${percentWithWords(split.partner)} untuk PIHAK KEDUA`;
  const basis = terms.profitBasis ? sentence(terms.profitBasis) : 'keuntungan bersih usaha bersama';
  return [
    paragraph('Dalam kerja sama operasional ini, masing-masing pihak memberikan kontribusi sebagai berikut:'),
    { kind: 'list', ordered: true, items: [contribution('institution'), contribution('partner')] },
    paragraph(
      `Pembagian hasil atas ${basis} ditetapkan sebesar ${shares(terms.profitSharing)}, ` +
        `diperhitungkan ${termPeriodWords[terms.settlementPeriod]}.`,
    ),
    paragraph(`Risiko usaha ditanggung bersama dengan imbangan ${shares(terms.riskSharing)}.`),
  ];
}

function agency(terms: Terms<'agency'>): ArticleBlock[] {
  const principal = partyLabel(terms.principal);
  const agent = partyLabel(other(terms.principal));
  const blocks: ArticleBlock[] = [
    paragraph(`${principal} menunjuk ${agent} sebagai agen untuk memasarkan produk atau jasa berikut:`),
    { kind: 'list', ordered: false, items: terms.products.map((product) => product.trim()) },
    paragraph(
      `Wilayah pemasaran meliputi ${sentence(terms.territory)}. Penunjukan ini bersifat ` +
        `${terms.exclusive ? 'eksklusif' : 'tidak eksklusif'}.`,
    ),
    paragraph(
      `Atas penjualan yang dilakukannya, ${agent} memperoleh ${agencyCompensationWords[terms.compensation.kind]} ` +
        `sebesar ${percentWithWords(terms.compensation.percent)} dari nilai penjualan.`,
    ),
  ];
  if (terms.salesTargets.length > 0) {
    blocks.push(paragraph('Target penjualan yang disepakati:'), {
      kind: 'list',
      ordered: false,
      items: terms.salesTargets.map(
        (target) => `${formatDecimal(target.quantity)} ${target.unit} ${termPeriodWords[target.period]}`,
      ),
    });
  }
  return blocks;
}

function foster(terms: Terms<'foster'>): ArticleBlock[] {
  const helps = terms.helps.map((help) => {
    const amount = help.amountRupiah ? ` sebesar ${formatRupiahWithWords(help.amountRupiah)}` : '';
    return `${partyLabel(help.givenBy)} memberikan ${fosterHelpWords[help.kind]}: ${sentence(help.description)}${amount}.`;
  });
  const blocks: ArticleBlock[] = [
    paragraph('Dalam pola bapak angkat–anak angkat ini, bantuan yang diberikan adalah sebagai berikut:'),
    { kind: 'list', ordered: true, items: helps },
  ];
  const repayment = terms.repayment;
  if (repayment) {
    const interest =
      repayment.interestPercent > 0
        ? `dengan bunga ${percentWithWords(repayment.interestPercent)} per tahun`
        : 'tanpa bunga';
    blocks.push(
      paragraph(
        `Bantuan modal dan peralatan dikembalikan dalam jangka waktu ${countWithWords(repayment.termMonths)} bulan, ` +
          `dengan masa tenggang ${countWithWords(repayment.gracePeriodMonths)} bulan, ` +
          `dibayar ${repaymentFrequencyWords[repayment.frequency]}, ${interest}.`,
      ),
    );
    if (repayment.notes) blocks.push(paragraph(repayment.notes.trim()));
  } else {
    blocks.push(paragraph('Bantuan tersebut tidak wajib dikembalikan.'));
  }
  return blocks;
}

function generalTrade(terms: Terms<'general_trade'>): ArticleBlock[] {
  const supplier = partyLabel(terms.supplier);
  const buyer = partyLabel(other(terms.supplier));
  const { schedule, payment } = terms;
  const first = schedule.firstDeliveryOn
    ? `, pertama kali pada tanggal ${formatIndonesianDate(schedule.firstDeliveryOn)}`
    : '';
  const due =
    payment.termDays === 0
      ? 'pada saat barang diterima'
      : `paling lambat ${countWithWords(payment.termDays)} hari setelah barang diterima`;
  const blocks: ArticleBlock[] = [
    paragraph(
      `Kerja sama dagang umum ini berbentuk ${generalTradeArrangementWords[terms.arrangement]}, dengan ` +
        `${supplier} sebagai pemasok dan ${buyer} sebagai pembeli atau pemasar barang berikut:`,
    ),
    {
      kind: 'table',
      header: ['Barang', 'Persyaratan Mutu', 'Jumlah per Pengiriman', 'Harga Satuan'],
      rows: terms.goods.map((good) => [
        good.name,
        good.qualityRequirements,
        `${formatDecimal(good.quantity)} ${good.unit}`,
        formatRupiah(good.unitPriceRupiah),
      ]),
    },
    paragraph(
      `Pengiriman dilakukan ${deliveryFrequencyWords[schedule.frequency]}${first}.` +
        (schedule.notes ? ` ${sentence(schedule.notes)}.` : ''),
    ),
    paragraph(
      `Pembayaran dilakukan secara ${paymentMethodWords[payment.method]} ${due}.` +
        (payment.notes ? ` ${sentence(payment.notes)}.` : ''),
    ),
  ];
  if (terms.locationProvided) {
    blocks.push(paragraph(`Lokasi usaha yang disediakan: ${sentence(terms.locationProvided)}.`));
  }
  return blocks;
}

/** The pattern's terms in words, for the Pola Kemitraan article; custom patterns only name themselves. */
export function patternTermsBlocks(terms: PatternTerms | null, patternName: string): ArticleBlock[] {
  const intro = paragraph(`Kemitraan PARA PIHAK dilaksanakan dengan pola ${patternName.trim()}.`);
  if (!terms) return [intro];
  switch (terms.pattern) {
    case 'operational_cooperation':
      return [intro, ...operationalCooperation(terms)];
    case 'agency':
      return [intro, ...agency(terms)];
    case 'foster':
      return [intro, ...foster(terms)];
    case 'general_trade':
      return [intro, ...generalTrade(terms)];
  }
}
