import sharp from 'sharp';
import type { AgreementDocumentInput } from '../../src/server/modules/agreements/document/compose-agreement-document';
import type { SigningCertificate } from '../../src/server/modules/agreements/document/agreement-document-model';
import {
  patternTermsSchema,
  type PatternTerms,
  type PatternTermsInput,
} from '../../src/shared/domain/pattern-terms';
import { workPlanItemSchema, type WorkPlanItem } from '../../src/shared/domain/work-plan-items';

/** User text that must come out of every renderer exactly as typed. */
export const xssCorpus = `<script>alert(1)</script> & "Toko" 'O\\'Neil'`;

export const partnerNameWithAccents = 'Koperasi Wanita Sejahtera – Ibu Nurhayati (Café Rajut)';

export function patternTerms(input: PatternTermsInput): PatternTerms {
  return patternTermsSchema.parse(input);
}

export const ksoTerms: PatternTermsInput = {
  pattern: 'operational_cooperation',
  contributions: {
    institution: { kinds: ['facilities', 'labour'], details: 'Ruang praktik dan 2 instruktur rajut' },
    partner: { kinds: ['capital', 'market_guarantee'], details: 'Benang dan pemasaran ke toko oleh-oleh' },
  },
  profitSharing: { institution: 60, partner: 40 },
  riskSharing: { institution: 50, partner: 50 },
  profitBasis: 'laba bersih setelah dikurangi biaya produksi',
  settlementPeriod: 'semester',
};

export const agencyTerms: PatternTermsInput = {
  pattern: 'agency',
  principal: 'partner',
  products: ['Tas rajut motif sasirangan', 'Dompet rajut'],
  territory: 'Kota Banjarbaru dan Kabupaten Banjar',
  exclusive: true,
  compensation: { kind: 'commission', percent: 12.5 },
  salesTargets: [{ quantity: 150, unit: 'buah', period: 'month' }],
};

export const fosterTerms: PatternTermsInput = {
  pattern: 'foster',
  helps: [
    {
      kind: 'capital',
      givenBy: 'partner',
      description: 'Modal kerja pembelian benang',
      amountRupiah: 7_500_000,
    },
    { kind: 'mentoring', givenBy: 'partner', description: 'Pendampingan manajemen usaha bulanan' },
  ],
  repayment: { termMonths: 12, gracePeriodMonths: 3, frequency: 'monthly', interestPercent: 0, notes: null },
};

export const generalTradeTerms: PatternTermsInput = {
  pattern: 'general_trade',
  arrangement: 'supply',
  supplier: 'institution',
  goods: [
    {
      name: 'Tas rajut ukuran sedang',
      qualityRequirements: 'Rajutan rapat, tanpa benang putus',
      quantity: 40,
      unit: 'buah',
      unitPriceRupiah: 85_000,
    },
  ],
  schedule: { frequency: 'monthly', firstDeliveryOn: '2027-03-05', notes: null },
  payment: { method: 'transfer', termDays: 14, notes: null },
  locationProvided: null,
};

function item(input: Parameters<typeof workPlanItemSchema.parse>[0]): WorkPlanItem {
  return workPlanItemSchema.parse(input);
}

export const ksoWorkPlan: WorkPlanItem[] = [
  item({
    activity: 'Pelatihan merajut tas tingkat dasar',
    objective: 'Membekali peserta didik dengan keterampilan merajut tas yang layak jual',
    responsibleParty: 'institution',
    responsiblePerson: 'Siti Aminah, S.Pd.',
    startsOn: '2027-02-01',
    endsOn: '2027-04-30',
    budgetRupiah: 1_500_000,
    contributions: { institution: 1_000_000, partner: 500_000 },
    target: { quantity: 20, unit: 'orang', description: 'peserta didik terlatih' },
    aspirations: { institution: 'Lulusan terserap bekerja', partner: 'Perajin baru untuk pesanan' },
  }),
  item({
    activity: 'Produksi tas rajut bersama',
    objective: 'Menghasilkan tas rajut untuk pesanan toko mitra',
    responsibleParty: 'both',
    startsOn: '2027-05-01',
    endsOn: '2027-10-31',
    budgetRupiah: 1_500_000,
    contributions: { institution: 0, partner: 1_500_000 },
    target: { quantity: 300, unit: 'buah', description: 'tas rajut layak jual' },
  }),
  item({
    activity: 'Pemasaran dan penyerapan lulusan',
    objective: 'Memasarkan hasil produksi dan merekrut lulusan terbaik',
    responsibleParty: 'partner',
    responsiblePerson: xssCorpus,
    startsOn: '2027-06-01',
    endsOn: '2028-01-31',
    budgetRupiah: 1_500_000,
    contributions: { institution: 0, partner: 1_000_000 },
    target: { quantity: 5, unit: 'orang', description: 'lulusan bekerja di mitra' },
  }),
];

/** LKP Tas Rajut Banjarbaru and its KSO partner: a realistic PKS with an XSS corpus in user fields. */
export function ksoAgreementInput(overrides: Partial<AgreementDocumentInput> = {}): AgreementDocumentInput {
  return {
    kind: 'pks',
    pattern: 'operational_cooperation',
    patternName: 'Kerja Sama Operasional',
    subject: 'Kerja sama pelatihan dan produksi tas rajut',
    programme: `Program Kelas Industri Tas Rajut ${xssCorpus}`,
    numbers: { institution: '030/PKS/LKP-TRB/II/2027', partner: '12/BRS/II/2027' },
    institution: {
      name: 'LKP Tas Rajut Banjarbaru',
      address: 'Jl. A. Yani Km. 33 No. 7, Loktabat Utara, Banjarbaru',
      regencyName: 'Kota Banjarbaru',
      npsn: 'K5651234',
      logo: null,
    },
    partner: {
      name: `${partnerNameWithAccents} ${xssCorpus}`,
      address: 'Jl. Sasirangan No. 12, Martapura',
      regencyName: 'Kabupaten Banjar',
      nib: '9120301234567',
      npwp: '01.234.567.8-731.000',
      cooperativeLegalNumber: null,
    },
    signatories: {
      institution: { name: 'Dra. Hj. Rahmawati', position: 'Pimpinan LKP' },
      partner: { name: 'Nurhayati', position: 'Ketua Koperasi' },
    },
    witnesses: [
      { name: 'Ahmad Fauzi', position: 'Penilik Dinas Pendidikan' },
      { name: 'Rina Kartika', position: null },
    ],
    opening: { date: '2027-02-01', place: 'Banjarbaru' },
    term: { startsOn: '2027-02-01', endsOn: '2028-01-31' },
    terms: patternTerms(ksoTerms),
    workPlanItems: ksoWorkPlan,
    clauses: {},
    parent: null,
    changes: null,
    signatures: { institution: null, partner: null },
    certificate: null,
    draft: true,
    ...overrides,
  };
}

/** A PNG of a pen scribble, as a signature canvas exports it. */
export async function signaturePng(seed = 1): Promise<Buffer> {
  const points = Array.from(
    { length: 9 },
    (_, i) => `${20 + i * 32},${60 + Math.round(Math.sin(i * seed) * 30)}`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120">` +
    `<polyline points="${points.join(' ')}" fill="none" stroke="#1a237e" stroke-width="4" stroke-linecap="round"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export function signingCertificate(): SigningCertificate {
  return {
    agreementId: '0194f1d2-7a1b-7c3d-8e9f-0123456789ab',
    versionNumber: 3,
    events: [
      {
        at: '2027-02-01T02:15:00.000Z',
        name: 'Dra. Hj. Rahmawati',
        position: 'Pimpinan LKP',
        party: 'institution',
        method: 'drawn',
        ipAddress: '203.0.113.7',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131',
      },
      {
        at: '2027-02-01T03:40:00.000Z',
        name: 'Nurhayati',
        position: 'Ketua Koperasi',
        party: 'partner',
        method: 'drawn',
        ipAddress: '198.51.100.23',
        userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile',
      },
    ],
  };
}
