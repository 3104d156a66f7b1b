import type { WorkPlanItemView } from '../../../shared/contracts/work-plans';
import type { Catalog } from '../../../shared/i18n/catalog';
import type { Locale } from '../../../shared/contracts/auth';
import {
  workPlanItemSchema,
  type ResponsibleParty,
  type WorkPlanItemInput,
} from '../../../shared/domain/work-plan-items';
import { describeIssue, type FieldErrors } from '../../lib/field-errors';
import { groupRupiah, parseQuantity, parseRupiahIn, quantityText } from '../../lib/format';

/** The item form's fields, as typed: amounts stay text until saved so "1.500.000" is kept as written. */
export interface ItemFormValues extends Record<string, string> {
  activity: string;
  objective: string;
  responsibleParty: ResponsibleParty;
  responsiblePerson: string;
  startsOn: string;
  endsOn: string;
  budget: string;
  contributionInstitution: string;
  contributionPartner: string;
  targetQuantity: string;
  targetUnit: string;
  targetDescription: string;
  aspirationInstitution: string;
  aspirationPartner: string;
}

export function emptyItemValues(year: number): ItemFormValues {
  return {
    activity: '',
    objective: '',
    responsibleParty: 'institution',
    responsiblePerson: '',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-01-31`,
    budget: '0',
    contributionInstitution: '0',
    contributionPartner: '0',
    targetQuantity: '',
    targetUnit: 'orang',
    targetDescription: '',
    aspirationInstitution: '',
    aspirationPartner: '',
  };
}

export function itemToValues(item: WorkPlanItemView, locale: Locale): ItemFormValues {
  return {
    activity: item.activity,
    objective: item.objective,
    responsibleParty: item.responsibleParty,
    responsiblePerson: item.responsiblePerson ?? '',
    startsOn: item.startsOn,
    endsOn: item.endsOn,
    budget: groupRupiah(item.budgetRupiah, locale),
    contributionInstitution: groupRupiah(item.contributions.institution, locale),
    contributionPartner: groupRupiah(item.contributions.partner, locale),
    targetQuantity: quantityText(item.target.quantity, locale),
    targetUnit: item.target.unit,
    targetDescription: item.target.description,
    aspirationInstitution: item.aspirations.institution ?? '',
    aspirationPartner: item.aspirations.partner ?? '',
  };
}

/** A stored item as the request sends it back, with its id so it stays the same item (activities point at it). */
export function itemToInput(item: WorkPlanItemView): WorkPlanItemInput & { id?: string } {
  const { evaluationNote: _note, ...input } = item;
  return input;
}

/** Where each schema path is typed in the form. */
const fieldOfPath: Record<string, keyof ItemFormValues> = {
  budgetRupiah: 'budget',
  contributions: 'contributionPartner',
  'contributions.institution': 'contributionInstitution',
  'contributions.partner': 'contributionPartner',
  'target.quantity': 'targetQuantity',
  'target.unit': 'targetUnit',
  'target.description': 'targetDescription',
  'aspirations.institution': 'aspirationInstitution',
  'aspirations.partner': 'aspirationPartner',
};

export function fieldOfItemPath(path: string): keyof ItemFormValues {
  return fieldOfPath[path] ?? path;
}

const ruleMessages = (t: Catalog): Record<string, string> => ({
  PERIOD_END_BEFORE_START: t.errors.WORK_PLAN_PERIOD_INVALID,
  CONTRIBUTIONS_EXCEED_BUDGET: t.errors.WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET,
});

/** The item the form describes, or the problems of each field in the user's language. */
export function readItemValues(
  values: ItemFormValues,
  t: Catalog,
  locale: Locale,
): { item: WorkPlanItemInput; errors: null } | { item: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const amount = (key: 'budget' | 'contributionInstitution' | 'contributionPartner') => {
    const parsed = parseRupiahIn(values[key] === '' ? '0' : values[key], locale);
    if (parsed.ok) return parsed.value;
    errors[key] = t.workPlansUi.rupiahInvalid;
    return 0;
  };
  const budgetRupiah = amount('budget');
  const institution = amount('contributionInstitution');
  const partner = amount('contributionPartner');
  const quantity = parseQuantity(values.targetQuantity, locale);
  if (values.targetQuantity.trim() === '' || !Number.isFinite(quantity) || quantity <= 0)
    errors.targetQuantity = t.workPlansUi.quantityInvalid;
  const candidate: WorkPlanItemInput = {
    activity: values.activity,
    objective: values.objective,
    responsibleParty: values.responsibleParty,
    responsiblePerson: values.responsiblePerson.trim() || null,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    budgetRupiah,
    contributions: { institution, partner },
    target: { quantity, unit: values.targetUnit, description: values.targetDescription },
    aspirations: {
      institution: values.aspirationInstitution.trim() || null,
      partner: values.aspirationPartner.trim() || null,
    },
  };
  const result = workPlanItemSchema.safeParse(candidate);
  if (!result.success) {
    const rules = ruleMessages(t);
    for (const issue of result.error.issues) {
      const key = fieldOfItemPath(issue.path.map(String).join('.'));
      if (errors[key] !== undefined) continue;
      errors[key] = rules[issue.message] ?? describeIssue(issue, t, values[key]);
    }
  }
  return Object.keys(errors).length > 0 ? { item: null, errors } : { item: candidate, errors: null };
}
