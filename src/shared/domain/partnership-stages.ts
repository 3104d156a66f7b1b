/**
 * The partnership lifecycle: the guide's eleven steps as stages, the two ends, which moves are
 * allowed and the gate each move needs. Server and UI both read this table; the server decides.
 * docs/domain/partnership-stages.md explains it (a test keeps the two in step).
 */

/** The guide's steps 1–11, in order. */
export const stepStages = [
  'mapping',
  'information_gathering',
  'analysis',
  'exploration',
  'work_planning',
  'agreement',
  'signing',
  'implementation',
  'monitoring_evaluation',
  'improvement',
  'follow_up',
] as const;
export const endStages = ['not_pursued', 'ended'] as const;
export const partnershipStages = [...stepStages, ...endStages] as const;
export type PartnershipStage = (typeof partnershipStages)[number];

/** Every partnership starts here: the partner was mapped (step 1). */
export const initialStage: PartnershipStage = 'mapping';

/**
 * Where a partnership that already ran before the institution used Jalin may be recorded from:
 * any step after mapping (mapping is the ordinary start), never an end.
 */
export type EnterableStage = Exclude<(typeof stepStages)[number], 'mapping'>;
export const enterableStages = stepStages.filter((stage): stage is EnterableStage => stage !== initialStage);

/** The guide's four patterns (Pola Kemitraan); institutions add their own as `custom:<slug>`. */
export const builtInPatterns = ['agency', 'operational_cooperation', 'foster', 'general_trade'] as const;
export type PartnershipPattern = (typeof builtInPatterns)[number];
export const customPatternCodePattern = /^custom:[a-z0-9-]{2,40}$/;

export function isBuiltInPattern(code: string): code is PartnershipPattern {
  return (builtInPatterns as readonly string[]).includes(code);
}

/**
 * What the database knows about one partnership when a move is asked for. Facts of later steps
 * (work plans, agreements, activities, evaluations) cannot be recorded yet and read as false, so
 * their gates refuse by name until those modules exist.
 */
export interface PartnershipFacts {
  /** Interactions with at least one finding, about this partnership or any of its partners. */
  interactionsWithFindings: number;
  /** One of the partnership's exploration meetings (step 4) has the outcome `positive`. */
  positiveExplorationOutcome: boolean;
  workPlanExists: boolean;
  agreementDrafted: boolean;
  signedAgreement: boolean;
  activitiesRecorded: number;
  evaluationRecorded: boolean;
  /** The step-10 decision to continue next cycle. */
  continueDecision: boolean;
  /** The person moving it wrote why (required to give up or to reopen). */
  reasonGiven: boolean;
}

export const noFacts: PartnershipFacts = {
  interactionsWithFindings: 0,
  positiveExplorationOutcome: false,
  workPlanExists: false,
  agreementDrafted: false,
  signedAgreement: false,
  activitiesRecorded: 0,
  evaluationRecorded: false,
  continueDecision: false,
  reasonGiven: false,
};

/** Named, typed predicates; a refused move reports the gate's id, which the UI explains. */
export const stageGates = {
  interaction_with_findings: (facts: PartnershipFacts) => facts.interactionsWithFindings > 0,
  positive_exploration_outcome: (facts: PartnershipFacts) => facts.positiveExplorationOutcome,
  work_plan_exists: (facts: PartnershipFacts) => facts.workPlanExists,
  agreement_drafted: (facts: PartnershipFacts) => facts.agreementDrafted,
  signed_agreement: (facts: PartnershipFacts) => facts.signedAgreement,
  activity_recorded: (facts: PartnershipFacts) => facts.activitiesRecorded > 0,
  evaluation_recorded: (facts: PartnershipFacts) => facts.evaluationRecorded,
  continue_decision: (facts: PartnershipFacts) => facts.continueDecision,
  reason_given: (facts: PartnershipFacts) => facts.reasonGiven,
} as const satisfies Record<string, (facts: PartnershipFacts) => boolean>;
export type StageGate = keyof typeof stageGates;
export const stageGateIds = Object.keys(stageGates) as StageGate[];

export interface StageTransition {
  from: PartnershipStage;
  to: PartnershipStage;
  /** null: the move needs nothing beyond the decision of the person making it. */
  gate: StageGate | null;
}

const activeStages = stepStages;
/** From implementation on, a partnership that ran may be closed as ended (with a reason). */
const runningStages = ['implementation', 'monitoring_evaluation', 'improvement', 'follow_up'] as const;

export const stageTransitions: readonly StageTransition[] = [
  { from: 'mapping', to: 'information_gathering', gate: null },
  { from: 'information_gathering', to: 'analysis', gate: 'interaction_with_findings' },
  // Analysis may show more must be learnt first.
  { from: 'analysis', to: 'information_gathering', gate: null },
  { from: 'analysis', to: 'exploration', gate: 'interaction_with_findings' },
  { from: 'exploration', to: 'work_planning', gate: 'positive_exploration_outcome' },
  { from: 'work_planning', to: 'agreement', gate: 'work_plan_exists' },
  { from: 'agreement', to: 'work_planning', gate: null },
  { from: 'agreement', to: 'signing', gate: 'agreement_drafted' },
  { from: 'signing', to: 'implementation', gate: 'signed_agreement' },
  { from: 'implementation', to: 'monitoring_evaluation', gate: 'activity_recorded' },
  { from: 'monitoring_evaluation', to: 'improvement', gate: 'evaluation_recorded' },
  { from: 'improvement', to: 'follow_up', gate: 'continue_decision' },
  // Step 11 starts the next cycle's joint plan from this year's evaluation.
  { from: 'follow_up', to: 'work_planning', gate: null },
  ...activeStages.map((from) => ({ from, to: 'not_pursued' as const, gate: 'reason_given' as const })),
  ...runningStages.map((from) => ({ from, to: 'ended' as const, gate: 'reason_given' as const })),
  // A partner not pursued may come back; the history keeps why. An ended partnership stays ended:
  // continuing is a follow-up (step 11) decided before it ends, or a new partnership.
  { from: 'not_pursued', to: 'information_gathering', gate: 'reason_given' },
];

export function isPartnershipStage(value: string): value is PartnershipStage {
  return (partnershipStages as readonly string[]).includes(value);
}

export function isEndStage(stage: PartnershipStage): boolean {
  return (endStages as readonly string[]).includes(stage);
}

export function transitionsFrom(stage: PartnershipStage): StageTransition[] {
  return stageTransitions.filter((transition) => transition.from === stage);
}

export type MoveCheck =
  | { ok: true; transition: StageTransition }
  | { ok: false; refusal: 'unknown_stage' }
  | { ok: false; refusal: 'not_allowed'; allowed: PartnershipStage[] }
  | { ok: false; refusal: 'gate_unmet'; gate: StageGate };

/** Whether `from → to` may happen given the facts; a refusal says why (and which gate). */
export function checkMove(from: PartnershipStage, to: string, facts: PartnershipFacts): MoveCheck {
  if (!isPartnershipStage(to)) return { ok: false, refusal: 'unknown_stage' };
  const options = transitionsFrom(from);
  const transition = options.find((option) => option.to === to);
  if (!transition) return { ok: false, refusal: 'not_allowed', allowed: options.map((option) => option.to) };
  if (transition.gate && !stageGates[transition.gate](facts)) {
    return { ok: false, refusal: 'gate_unmet', gate: transition.gate };
  }
  return { ok: true, transition };
}
