import { z } from 'zod';
import { optionalText } from '../contracts/common';
import { agreementPartySchema } from './agreement-parties';
import { rupiahAmountSchema } from './rupiah';

/** What each side brings to a KSO (guide B): the group's land, facilities and labour, the company's the rest. */
export const contributionKinds = [
  'land',
  'facilities',
  'labour',
  'funds',
  'capital',
  'management',
  'production_inputs',
  'market_guarantee',
  'value_adding',
] as const;
export type ContributionKind = (typeof contributionKinds)[number];

/** The kinds of help a foster parent gives (guide B, bapak angkat–anak angkat). */
export const fosterHelpKinds = ['capital', 'training', 'mentoring', 'equipment', 'market'] as const;
export type FosterHelpKind = (typeof fosterHelpKinds)[number];

export const agencyCompensationKinds = ['commission', 'margin'] as const;
export const generalTradeArrangements = ['marketing', 'business_location', 'supply'] as const;
export const deliveryFrequencies = ['once', 'weekly', 'monthly', 'quarterly', 'on_order'] as const;
export const paymentMethods = ['cash', 'transfer', 'consignment', 'giro'] as const;
export const termPeriods = ['month', 'quarter', 'semester', 'year', 'agreement_term'] as const;
export const repaymentFrequencies = ['monthly', 'quarterly', 'semester', 'yearly', 'at_end'] as const;

/** Percent in hundredths, so 33.33 + 66.67 totals exactly 100 without floating-point drift. */
export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

const percentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((value) => Math.abs(value * 100 - toBasisPoints(value)) < 1e-6, { message: 'PERCENT_PRECISION' });

function sharingSchema(message: 'PROFIT_SHARES_NOT_100' | 'RISK_SHARES_NOT_100') {
  return z
    .strictObject({ institution: percentSchema, partner: percentSchema })
    .refine((shares) => toBasisPoints(shares.institution) + toBasisPoints(shares.partner) === 10_000, {
      message,
    });
}

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const quantitySchema = z.number().positive().max(1_000_000_000);
const unitSchema = text(1, 30);

const contributionSideSchema = z.strictObject({
  kinds: z
    .array(z.enum(contributionKinds))
    .min(1)
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: 'CONTRIBUTION_REPEATED' }),
  /** "Lahan 2 ha di Desa Sungai Besar", what the vocabulary alone cannot say. */
  details: optionalText(1000),
});

export const agencyTermsSchema = z.strictObject({
  pattern: z.literal('agency'),
  /** Whose goods or services are marketed; the other side is the agent. */
  principal: agreementPartySchema,
  products: z.array(text(2, 200)).min(1).max(50),
  territory: text(2, 300),
  exclusive: z.boolean(),
  compensation: z.strictObject({
    kind: z.enum(agencyCompensationKinds),
    percent: percentSchema.refine((value) => value > 0, { message: 'PERCENT_REQUIRED' }),
  }),
  salesTargets: z
    .array(z.strictObject({ quantity: quantitySchema, unit: unitSchema, period: z.enum(termPeriods) }))
    .max(20),
});

export const operationalCooperationTermsSchema = z.strictObject({
  pattern: z.literal('operational_cooperation'),
  contributions: z.strictObject({ institution: contributionSideSchema, partner: contributionSideSchema }),
  profitSharing: sharingSchema('PROFIT_SHARES_NOT_100'),
  riskSharing: sharingSchema('RISK_SHARES_NOT_100'),
  /** What is shared: "laba bersih setelah dikurangi biaya produksi". */
  profitBasis: optionalText(300),
  settlementPeriod: z.enum(termPeriods),
});

const fosterHelpSchema = z
  .strictObject({
    kind: z.enum(fosterHelpKinds),
    givenBy: agreementPartySchema,
    description: text(3, 500),
    amountRupiah: rupiahAmountSchema.nullable().optional(),
  })
  .refine((help) => help.kind !== 'capital' || (help.amountRupiah ?? 0) > 0, {
    message: 'AMOUNT_REQUIRED',
    path: ['amountRupiah'],
  });

const repaymentSchema = z
  .strictObject({
    termMonths: z.number().int().min(1).max(120),
    gracePeriodMonths: z.number().int().min(0).max(60),
    frequency: z.enum(repaymentFrequencies),
    /** 0 for the interest-free loans the guide mentions. */
    interestPercent: percentSchema,
    notes: optionalText(1000),
  })
  .refine((repayment) => repayment.gracePeriodMonths < repayment.termMonths, {
    message: 'GRACE_EXCEEDS_TERM',
    path: ['gracePeriodMonths'],
  });

export const fosterTermsSchema = z
  .strictObject({
    pattern: z.literal('foster'),
    helps: z.array(fosterHelpSchema).min(1).max(30),
    /** Only when the help is repaid; grants have none. */
    repayment: repaymentSchema.nullable().optional(),
  })
  .refine(
    (terms) =>
      !terms.repayment || terms.helps.some((help) => help.kind === 'capital' || help.kind === 'equipment'),
    { message: 'REPAYMENT_WITHOUT_LOAN', path: ['repayment'] },
  );

export const generalTradeTermsSchema = z
  .strictObject({
    pattern: z.literal('general_trade'),
    arrangement: z.enum(generalTradeArrangements),
    /** Who delivers the goods; the other side buys or markets them. */
    supplier: agreementPartySchema,
    goods: z
      .array(
        z.strictObject({
          name: text(2, 200),
          qualityRequirements: text(3, 1000),
          /** Per delivery, on the schedule below. */
          quantity: quantitySchema,
          unit: unitSchema,
          unitPriceRupiah: rupiahAmountSchema,
        }),
      )
      .min(1)
      .max(50),
    schedule: z.strictObject({
      frequency: z.enum(deliveryFrequencies),
      firstDeliveryOn: z.iso.date().nullable().optional(),
      notes: optionalText(500),
    }),
    payment: z.strictObject({
      method: z.enum(paymentMethods),
      /** Days after delivery; 0 is cash on delivery. */
      termDays: z.number().int().min(0).max(180),
      notes: optionalText(500),
    }),
    /** The stall, shelf or outlet one side provides (guide B: "lokasi usaha"). */
    locationProvided: optionalText(300),
  })
  .refine((terms) => terms.arrangement !== 'business_location' || Boolean(terms.locationProvided), {
    message: 'LOCATION_REQUIRED',
    path: ['locationProvided'],
  });

/** The terms of one of the guide's four patterns; institutions' own patterns carry none. */
export const patternTermsSchema = z.discriminatedUnion('pattern', [
  agencyTermsSchema,
  operationalCooperationTermsSchema,
  fosterTermsSchema,
  generalTradeTermsSchema,
]);
export type PatternTerms = z.output<typeof patternTermsSchema>;
export type PatternTermsInput = z.input<typeof patternTermsSchema>;
