/** Words of implementation (guide step 8): what an activity can be and what it yields. */

export const activityStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** Who carried the activity out; the same parties a plan item names as responsible. */
export const activityParties = ['institution', 'partner', 'both'] as const;
export type ActivityParty = (typeof activityParties)[number];

/** Evidence a funder or an accreditation visit asks for: photos, attendance lists, other documents. */
export const evidenceKinds = ['photo', 'attendance', 'document'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/**
 * What an activity's actual value counts toward in the institution's outcome figures (evidence
 * pack, dashboards). `other` counts nothing beyond the activity's own target.
 */
export const outcomeKinds = [
  'learners_trained',
  'graduates_hired',
  'graduates_in_business',
  'internship_places',
  'guest_instructor_hours',
  'other',
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** Who added a piece of evidence: someone signed in, or the partner through its link. */
export const evidenceSides = ['institution', 'partner'] as const;
export type EvidenceSide = (typeof evidenceSides)[number];
