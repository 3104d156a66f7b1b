import type { Insertable } from 'kysely';
import type { Database } from '../../src/server/db/schema';

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

/** Tables in insert order: every row's references are written before it (or in an earlier batch). */
export interface EngagementRows {
  partnerships: Rows<'partnerships'>;
  partnership_partners: Rows<'partnership_partners'>;
  partnership_stage_events: Rows<'partnership_stage_events'>;
  work_plans: Rows<'work_plans'>;
  work_plan_items: Rows<'work_plan_items'>;
  interactions: Rows<'interactions'>;
  interaction_partners: Rows<'interaction_partners'>;
  interaction_contacts: Rows<'interaction_contacts'>;
  activities: Rows<'activities'>;
}

export const emptyEngagementRows = (): EngagementRows => ({
  partnerships: [],
  partnership_partners: [],
  partnership_stage_events: [],
  work_plans: [],
  work_plan_items: [],
  interactions: [],
  interaction_partners: [],
  interaction_contacts: [],
  activities: [],
});

/** A partner as the engagement generator needs it, kept for a few partners after it was made. */
export interface PartnerRef {
  id: string;
  name: string;
  createdMs: number;
  facilitatorId: string | null;
  contacts: { id: string; name: string }[];
}

/** One institution's state while its partners' engagement is generated. */
export interface EngagementInstitution {
  id: string;
  facilitatorIds: string[];
  /** The skills it teaches, which its plans, activities and notes speak of. */
  skills: string[];
  /** The last partners made, for events with several partners and partnerships of two. */
  recent: PartnerRef[];
  /** A few running partnerships with activities, for the scenarios. */
  partnershipIds: string[];
}

/** How much engagement a partner gets on average; chosen per size to reach its row targets. */
export interface EngagementRates {
  interactionsPerPartner: number;
  /** Share of partners in a running partnership (work plans and activities). */
  runningShare: number;
  /** Share of partners in a partnership still in the pipeline (or not pursued). */
  pipelineShare: number;
}

export const dayMs = 86_400_000;
/** The data set's "now": generated records end here (the bench runs later, so none is in the future). */
export const dataEndMs = Date.parse('2026-10-31T09:00:00.000Z');
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const isoTime = (ms: number) => new Date(ms).toISOString();

/** An instant in office hours (08:00–17:00 WITA, 00:00–09:00 UTC) on the day of `ms`. */
export function officeHours(ms: number, fraction: number): number {
  return Math.floor(ms / dayMs) * dayMs + Math.floor(fraction * 9 * 3_600_000);
}

export function fill(text: string, values: { skill?: string; partner?: string; n?: number }): string {
  return text
    .replace('{skill}', values.skill ?? '')
    .replace('{partner}', values.partner ?? 'mitra')
    .replace('{n}', String(values.n ?? 1));
}
