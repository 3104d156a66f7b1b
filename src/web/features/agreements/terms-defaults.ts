import { isBuiltInPattern } from '../../../shared/domain/partnership-stages';
import type { TermsDraft } from './draft-form-values';

/** The starting terms of a pattern's editor: the choices most LKP partnerships make, amounts empty. */
export function emptyTerms(pattern: string | null): TermsDraft | null {
  if (!pattern || !isBuiltInPattern(pattern)) return null;
  switch (pattern) {
    case 'agency':
      return {
        pattern,
        principal: 'institution',
        products: [''],
        territory: '',
        exclusive: false,
        compensation: { kind: 'commission', percent: '' },
        salesTargets: [],
      };
    case 'operational_cooperation':
      return {
        pattern,
        contributions: {
          institution: { kinds: [], details: '' },
          partner: { kinds: [], details: '' },
        },
        profitSharing: { institution: '', partner: '' },
        riskSharing: { institution: '', partner: '' },
        profitBasis: '',
        settlementPeriod: 'month',
      };
    case 'foster':
      return {
        pattern,
        helps: [{ kind: 'training', givenBy: 'institution', description: '', amountRupiah: null }],
        repayment: null,
      };
    case 'general_trade':
      return {
        pattern,
        arrangement: 'supply',
        supplier: 'partner',
        goods: [{ name: '', qualityRequirements: '', quantity: '', unit: '', unitPriceRupiah: '' }],
        schedule: { frequency: 'monthly', firstDeliveryOn: null, notes: '' },
        payment: { method: 'transfer', termDays: 0, notes: '' },
        locationProvided: '',
      };
  }
}
