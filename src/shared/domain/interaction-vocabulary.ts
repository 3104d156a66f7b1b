/** The contact log's words (guide step 2): how a contact happened and through which approach. */
export const interactionKinds = [
  'visit',
  'interview',
  'observation',
  'meeting',
  'phone',
  'whatsapp',
  'email',
  'event',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const interactionApproaches = ['personal', 'informal', 'formal'] as const;
export type InteractionApproach = (typeof interactionApproaches)[number];

/** What the guide asks a facilitator to learn about a partner; any one of them is a finding. */
export const findingFields = [
  'goals',
  'scopeOfWork',
  'field',
  'vision',
  'mission',
  'needs',
  'offers',
  'otherNotes',
] as const;
export type FindingField = (typeof findingFields)[number];

/** A log entry may be dated up to a day ahead (time zones, a visit noted the evening before). */
export const interactionFutureToleranceMs = 24 * 60 * 60 * 1000;
