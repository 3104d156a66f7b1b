/** Words of monitoring (guide step 9): the deviations Jalin finds and the problems log. */

export const deviationKinds = [
  'not_started',
  'overdue',
  'indicator_behind',
  'evidence_missing',
  'contribution_behind',
] as const;
export type DeviationKind = (typeof deviationKinds)[number];

export const deviationSeverities = ['low', 'medium', 'high'] as const;
export type DeviationSeverity = (typeof deviationSeverities)[number];

export const problemStatuses = ['open', 'in_progress', 'solved'] as const;
export type ProblemStatus = (typeof problemStatuses)[number];
