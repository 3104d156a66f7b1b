import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contributionKindWords } from './pattern-term-words';
import { contributionKinds, patternTermsSchema, type PatternTermsInput } from './pattern-terms';

const agency: PatternTermsInput = {
  pattern: 'agency',
  principal: 'partner',
  products: ['Benang rajut katun', 'Jasa pewarnaan benang'],
  territory: 'Kota Banjarbaru dan Kabupaten Banjar',
  exclusive: true,
  compensation: { kind: 'commission', percent: 12.5 },
  salesTargets: [{ quantity: 500, unit: 'gulung', period: 'month' }],
};

const operationalCooperation: PatternTermsInput = {
  pattern: 'operational_cooperation',
  contributions: {
    institution: { kinds: ['facilities', 'labour'], details: 'Ruang produksi dan 20 lulusan PKW' },
    partner: { kinds: ['capital', 'production_inputs', 'market_guarantee'] },
  },
  profitSharing: { institution: 40, partner: 60 },
  riskSharing: { institution: 33.33, partner: 66.67 },
  profitBasis: 'laba bersih setelah dikurangi biaya produksi',
  settlementPeriod: 'month',
};

const foster: PatternTermsInput = {
  pattern: 'foster',
  helps: [
    {
      kind: 'capital',
      givenBy: 'partner',
      description: 'Pinjaman modal kerja tanpa bunga',
      amountRupiah: 25_000_000,
    },
    { kind: 'mentoring', givenBy: 'partner', description: 'Pendampingan manajemen usaha tiap bulan' },
  ],
  repayment: { termMonths: 24, gracePeriodMonths: 3, frequency: 'monthly', interestPercent: 0 },
};

const generalTrade: PatternTermsInput = {
  pattern: 'general_trade',
  arrangement: 'supply',
  supplier: 'institution',
  goods: [
    {
      name: 'Tas rajut motif sasirangan',
      qualityRequirements: 'Jahitan rapi, ukuran 30 × 25 cm, tanpa cacat warna',
      quantity: 100,
      unit: 'buah',
      unitPriceRupiah: 85_000,
    },
  ],
  schedule: { frequency: 'monthly', firstDeliveryOn: '2027-02-01' },
  payment: { method: 'transfer', termDays: 14 },
  locationProvided: 'Rak pajangan di gerai Koperasi Banjarbaru',
};

function issuesOf(result: z.ZodSafeParseResult<unknown>) {
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('pattern terms', () => {
  it.each([
    ['agency', agency],
    ['operational_cooperation', operationalCooperation],
    ['foster', foster],
    ['general_trade', generalTrade],
  ])('accepts a valid %s example', (_name, terms) => {
    const result = patternTermsSchema.safeParse(terms);
    expect(issuesOf(result)).toEqual([]);
    expect(result.data?.pattern).toBe(terms.pattern);
  });

  it.each([
    [99, 'profitSharing', 'PROFIT_SHARES_NOT_100'],
    [101, 'profitSharing', 'PROFIT_SHARES_NOT_100'],
    [99, 'riskSharing', 'RISK_SHARES_NOT_100'],
    [101, 'riskSharing', 'RISK_SHARES_NOT_100'],
  ] as const)('refuses KSO shares totalling %d on %s with %s', (total, field, message) => {
    const terms = { ...operationalCooperation, [field]: { institution: 40, partner: total - 40 } };
    expect(issuesOf(patternTermsSchema.safeParse(terms))).toEqual([{ path: [field], message }]);
  });

  it('adds shares in hundredths, so 33.33 + 66.67 is exactly 100 and 33.333 is refused', () => {
    const precise = { ...operationalCooperation, profitSharing: { institution: 33.33, partner: 66.67 } };
    expect(patternTermsSchema.safeParse(precise).success).toBe(true);
    const tooFine = { ...operationalCooperation, profitSharing: { institution: 33.333, partner: 66.667 } };
    expect(issuesOf(patternTermsSchema.safeParse(tooFine))).toContainEqual({
      path: ['profitSharing', 'institution'],
      message: 'PERCENT_PRECISION',
    });
  });

  it('refuses a KSO side without contributions or with one repeated', () => {
    const none = {
      ...operationalCooperation,
      contributions: { ...operationalCooperation.contributions, partner: { kinds: [] } },
    };
    expect(issuesOf(patternTermsSchema.safeParse(none))[0]?.path).toEqual([
      'contributions',
      'partner',
      'kinds',
    ]);
    const repeated = {
      ...operationalCooperation,
      contributions: { ...operationalCooperation.contributions, partner: { kinds: ['capital', 'capital'] } },
    };
    expect(issuesOf(patternTermsSchema.safeParse(repeated))).toEqual([
      { path: ['contributions', 'partner', 'kinds'], message: 'CONTRIBUTION_REPEATED' },
    ]);
    const unknown = {
      ...operationalCooperation,
      contributions: { ...operationalCooperation.contributions, partner: { kinds: ['goodwill'] } },
    };
    expect(patternTermsSchema.safeParse(unknown).success).toBe(false);
  });

  it('refuses capital help without an amount and repayment without a loan', () => {
    const noAmount = {
      ...foster,
      helps: [{ kind: 'capital', givenBy: 'partner', description: 'Pinjaman modal kerja' }],
    };
    expect(issuesOf(patternTermsSchema.safeParse(noAmount))).toEqual([
      { path: ['helps', 0, 'amountRupiah'], message: 'AMOUNT_REQUIRED' },
    ]);
    const grantOnly = {
      ...foster,
      helps: [{ kind: 'training', givenBy: 'partner', description: 'Pelatihan desain motif' }],
    };
    expect(issuesOf(patternTermsSchema.safeParse(grantOnly))).toEqual([
      { path: ['repayment'], message: 'REPAYMENT_WITHOUT_LOAN' },
    ]);
    expect(patternTermsSchema.safeParse({ ...grantOnly, repayment: null }).success).toBe(true);
    const longGrace = { ...foster, repayment: { ...foster.repayment, gracePeriodMonths: 24 } };
    expect(issuesOf(patternTermsSchema.safeParse(longGrace))).toEqual([
      { path: ['repayment', 'gracePeriodMonths'], message: 'GRACE_EXCEEDS_TERM' },
    ]);
  });

  it('needs a location when the arrangement is providing one', () => {
    const terms = { ...generalTrade, arrangement: 'business_location', locationProvided: '  ' };
    expect(issuesOf(patternTermsSchema.safeParse(terms))).toEqual([
      { path: ['locationProvided'], message: 'LOCATION_REQUIRED' },
    ]);
  });

  it('refuses an agency without commission, an unknown pattern and unknown fields', () => {
    const noCommission = { ...agency, compensation: { kind: 'margin', percent: 0 } };
    expect(issuesOf(patternTermsSchema.safeParse(noCommission))).toEqual([
      { path: ['compensation', 'percent'], message: 'PERCENT_REQUIRED' },
    ]);
    expect(patternTermsSchema.safeParse({ ...agency, pattern: 'franchise' }).success).toBe(false);
    expect(patternTermsSchema.safeParse({ ...agency, royalty: 5 }).success).toBe(false);
    expect(patternTermsSchema.safeParse({ ...generalTrade, goods: [] }).success).toBe(false);
  });

  it('has document words for every contribution kind', () => {
    for (const kind of contributionKinds) expect(contributionKindWords[kind]).toMatch(/^[a-z ]+$/);
  });
});
