import type { PartnershipPattern } from './partnership-stages';
import type {
  agencyCompensationKinds,
  ContributionKind,
  deliveryFrequencies,
  FosterHelpKind,
  generalTradeArrangements,
  paymentMethods,
  repaymentFrequencies,
  termPeriods,
} from './pattern-terms';

type WordsOf<T extends readonly string[]> = Record<T[number], string>;

/** The words agreements print; always Indonesian, whatever language the screen is in. */
export const patternTitleWords: Record<PartnershipPattern, string> = {
  agency: 'Keagenan',
  operational_cooperation: 'Kerja Sama Operasional',
  foster: 'Bapak Angkat–Anak Angkat',
  general_trade: 'Dagang Umum',
};

export const contributionKindWords: Record<ContributionKind, string> = {
  land: 'lahan',
  facilities: 'sarana dan prasarana',
  labour: 'tenaga kerja',
  funds: 'dana',
  capital: 'modal',
  management: 'manajemen',
  production_inputs: 'sarana produksi',
  market_guarantee: 'jaminan pasar',
  value_adding: 'pengolahan dan pengemasan',
};

export const fosterHelpWords: Record<FosterHelpKind, string> = {
  capital: 'bantuan modal',
  training: 'pelatihan',
  mentoring: 'pendampingan',
  equipment: 'bantuan peralatan',
  market: 'akses pasar',
};

export const agencyCompensationWords: WordsOf<typeof agencyCompensationKinds> = {
  commission: 'komisi',
  margin: 'margin',
};

export const generalTradeArrangementWords: WordsOf<typeof generalTradeArrangements> = {
  marketing: 'kerja sama pemasaran',
  business_location: 'penyediaan lokasi usaha',
  supply: 'pemasokan',
};

export const termPeriodWords: WordsOf<typeof termPeriods> = {
  month: 'per bulan',
  quarter: 'per triwulan',
  semester: 'per semester',
  year: 'per tahun',
  agreement_term: 'selama jangka waktu perjanjian',
};

export const deliveryFrequencyWords: WordsOf<typeof deliveryFrequencies> = {
  once: 'satu kali',
  weekly: 'setiap minggu',
  monthly: 'setiap bulan',
  quarterly: 'setiap triwulan',
  on_order: 'sesuai pesanan',
};

export const paymentMethodWords: WordsOf<typeof paymentMethods> = {
  cash: 'tunai',
  transfer: 'transfer bank',
  consignment: 'konsinyasi',
  giro: 'bilyet giro',
};

export const repaymentFrequencyWords: WordsOf<typeof repaymentFrequencies> = {
  monthly: 'setiap bulan',
  quarterly: 'setiap triwulan',
  semester: 'setiap semester',
  yearly: 'setiap tahun',
  at_end: 'sekaligus pada akhir jangka waktu',
};
