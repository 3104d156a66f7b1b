import type { OutcomeKind } from './activity-vocabulary';

/**
 * What an item's target counts toward, read from its unit and description ("20 orang peserta
 * didik terlatih" → learners trained). Only obvious words decide; anything else is `other`, which the
 * user can correct on the activity.
 */
export function outcomeKindOfTarget(target: { unit: string; description?: string }): OutcomeKind {
  const words = `${target.unit} ${target.description ?? ''}`.toLowerCase();
  if (words.includes('lulusan') && (words.includes('kerja') || words.includes('terserap')))
    return 'graduates_hired';
  if (words.includes('usaha')) return 'graduates_in_business';
  if (words.includes('magang')) return 'internship_places';
  if (/\bjam\b/.test(words)) return 'guest_instructor_hours';
  if (words.includes('peserta')) return 'learners_trained';
  return 'other';
}
