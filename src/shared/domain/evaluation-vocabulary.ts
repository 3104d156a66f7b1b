/** Words of joint evaluation, improvement and follow-up (guide steps 9–11). */

/** How a plan item ran, as both parties judge it. */
export const evaluationOutcomes = ['as_planned', 'partly', 'not_done'] as const;
export type EvaluationOutcome = (typeof evaluationOutcomes)[number];

export const goalReachedValues = ['yes', 'partly', 'no'] as const;
export type GoalReached = (typeof goalReachedValues)[number];

/** Step 10's decision on the next cycle; continuing with changes leads to an addendum, unchanged to an extension. */
export const evaluationDecisions = ['continue', 'continue_with_changes', 'stop'] as const;
export type EvaluationDecision = (typeof evaluationDecisions)[number];

/** Satisfaction on the same 1–5 scale for both parties. */
export const satisfactionMin = 1;
export const satisfactionMax = 5;

export const improvementStatuses = ['open', 'done'] as const;
export type ImprovementStatus = (typeof improvementStatuses)[number];
