import type { Activity, ActivityPlanItem, CreateActivityRequest } from '../../../shared/contracts/activities';
import type { Locale } from '../../../shared/contracts/auth';
import type { ActivityParty, ActivityStatus, OutcomeKind } from '../../../shared/domain/activity-vocabulary';
import { outcomeKindOfTarget } from '../../../shared/domain/outcome-kind-of-target';
import { fill, type Catalog } from '../../../shared/i18n/catalog';
import type { FieldErrors } from '../../lib/field-errors';
import { groupRupiah, parseQuantity, parseRupiahIn, quantityText } from '../../lib/format';

/** The value of the plan item select that means "outside the plan". */
export const unplannedValue = 'unplanned';

/** The form's fields as typed: numbers stay text so "18,5" and "1.500.000" are kept as written. */
export interface ActivityFormValues extends Record<string, string> {
  workPlanItemId: string;
  title: string;
  status: ActivityStatus;
  carriedOutBy: ActivityParty;
  startedOn: string;
  endedOn: string;
  actualQuantity: string;
  outcomeKind: OutcomeKind;
  outputs: string;
  notes: string;
  institutionSpentRupiah: string;
  partnerSpentRupiah: string;
}

export function emptyActivityValues(item: ActivityPlanItem | null, today: string): ActivityFormValues {
  return {
    workPlanItemId: item?.id ?? unplannedValue,
    title: item?.activity ?? '',
    status: 'in_progress',
    carriedOutBy: item?.responsibleParty ?? 'institution',
    startedOn: today,
    endedOn: '',
    actualQuantity: '',
    outcomeKind: item ? outcomeKindOfTarget(item.target) : 'other',
    outputs: '',
    notes: '',
    institutionSpentRupiah: '0',
    partnerSpentRupiah: '0',
  };
}

export function activityToValues(activity: Activity, locale: Locale): ActivityFormValues {
  return {
    workPlanItemId: activity.planItem?.id ?? unplannedValue,
    title: activity.title,
    status: activity.status,
    carriedOutBy: activity.carriedOutBy,
    startedOn: activity.startedOn ?? '',
    endedOn: activity.endedOn ?? '',
    actualQuantity: activity.actualQuantity === null ? '' : quantityText(activity.actualQuantity, locale),
    outcomeKind: activity.outcomeKind ?? 'other',
    outputs: activity.outputs ?? '',
    notes: activity.notes ?? '',
    institutionSpentRupiah: groupRupiah(activity.institutionSpentRupiah, locale),
    partnerSpentRupiah: groupRupiah(activity.partnerSpentRupiah, locale),
  };
}

/** The request the form describes, or the problems of each field in the user's language. */
export function readActivityValues(
  values: ActivityFormValues,
  t: Catalog,
  locale: Locale,
): { body: CreateActivityRequest; errors: null } | { body: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const rupiah = (key: 'institutionSpentRupiah' | 'partnerSpentRupiah') => {
    const parsed = parseRupiahIn(values[key].trim() === '' ? '0' : values[key], locale);
    if (parsed.ok && parsed.value >= 0) return parsed.value;
    errors[key] = t.errors.ACTIVITY_SPENDING_INVALID;
    return 0;
  };
  const typed = values.actualQuantity.trim();
  const quantity = typed === '' ? null : parseQuantity(typed, locale);
  if (quantity !== null && (!Number.isFinite(quantity) || quantity < 0))
    errors.actualQuantity = t.errors.ACTIVITY_QUANTITY_INVALID;
  if (values.title.trim().length < 3)
    errors.title = values.title.trim() === '' ? t.fields.required : fill(t.fields.tooShort, { min: 3 });
  const body: CreateActivityRequest = {
    workPlanItemId: values.workPlanItemId === unplannedValue ? null : values.workPlanItemId,
    title: values.title,
    status: values.status,
    carriedOutBy: values.carriedOutBy,
    startedOn: values.startedOn || null,
    endedOn: values.endedOn || null,
    actualQuantity: quantity,
    outcomeKind: values.outcomeKind,
    outputs: values.outputs,
    notes: values.notes,
    institutionSpentRupiah: rupiah('institutionSpentRupiah'),
    partnerSpentRupiah: rupiah('partnerSpentRupiah'),
  };
  return Object.keys(errors).length > 0 ? { body: null, errors } : { body, errors: null };
}

/** A coded refusal names its field (`["body", "endedOn"]`): the message goes under that field. */
export function fieldOfRefusal(details: unknown): string | null {
  if (!Array.isArray(details)) return null;
  const path = (details[0] as { path?: unknown } | undefined)?.path;
  return Array.isArray(path) && path[0] === 'body' && typeof path[1] === 'string' ? path[1] : null;
}
