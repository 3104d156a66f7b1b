import type { Catalog } from './catalog';

/** English names of the partnership lifecycle and the contact log; spread into `en`. */
export const enEngagement: Pick<
  Catalog,
  | 'partnershipStages'
  | 'stageGates'
  | 'partnershipPatterns'
  | 'interactionKinds'
  | 'interactionApproaches'
  | 'interactionFindings'
  | 'engagementFields'
> = {
  partnershipStages: {
    mapping: 'Mapping partners',
    information_gathering: 'Gathering information',
    analysis: 'Analysing information',
    exploration: 'Exploring cooperation',
    work_planning: 'Planning the work',
    agreement: 'Drafting the agreement',
    signing: 'Signing the agreement',
    implementation: 'Carrying out activities',
    monitoring_evaluation: 'Monitoring and evaluation',
    improvement: 'Improvement',
    follow_up: 'Follow-up plan',
    not_pursued: 'Not pursued',
    ended: 'Ended',
  },
  stageGates: {
    interaction_with_findings: 'An interaction with findings (goals, scope, vision, mission…) is recorded',
    positive_exploration_outcome: 'The exploration showed the partner is interested',
    work_plan_exists: 'A joint work plan exists',
    agreement_drafted: 'An agreement (MoU/PKS) draft exists',
    signed_agreement: 'Every party signed the agreement',
    activity_recorded: 'At least one activity was carried out',
    evaluation_recorded: 'A joint evaluation is recorded',
    continue_decision: 'The decision to continue is recorded',
    reason_given: 'A reason is written',
  },
  partnershipPatterns: {
    agency: 'Agency',
    operational_cooperation: 'Operational cooperation (KSO)',
    foster: 'Foster (bapak angkat – anak angkat)',
    general_trade: 'General trade',
  },
  interactionKinds: {
    visit: 'Visit',
    interview: 'Interview',
    observation: 'Observation',
    meeting: 'Meeting',
    phone: 'Phone call',
    whatsapp: 'WhatsApp',
    email: 'Email',
    event: 'Event',
  },
  interactionApproaches: {
    personal: 'Personal (home visit)',
    informal: 'Informal (existing good relations)',
    formal: 'Formal (through a position in an institution)',
  },
  interactionFindings: {
    goals: 'Goals',
    scopeOfWork: 'Scope of work',
    field: 'Field',
    vision: 'Vision',
    mission: 'Mission',
    needs: 'Needs',
    offers: 'What they can offer',
    otherNotes: 'Other notes',
  },
  engagementFields: {
    CYCLE_YEARS_REPEATED: 'Choose each cycle year once.',
    PARTNER_REPEATED: 'Choose each partner once.',
    ID_REPEATED: 'Choose each item once.',
    CONTACT_NOT_OF_PARTNERS: 'Contact persons must belong to the chosen partners.',
    FACILITATOR_INVALID: 'Choose a facilitator who is active in this institution.',
  },
};
