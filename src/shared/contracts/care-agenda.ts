import { z } from 'zod';
import { agendaReasons, messagePurposes } from '../domain/care-vocabulary';
import { idSchema, isoDateSchema } from './common';

/** What an agenda item points at, so the UI can link to it and reminders can tell items apart. */
export const agendaSubjectTypes = [
  'partner',
  'holiday',
  'occasion',
  'agreement',
  'interaction',
  'feedback_request',
] as const;

/** One line of "who to contact today and why". */
export const agendaItemSchema = z.object({
  reason: z.enum(agendaReasons),
  /** null for an institution-wide item (a holiday: greet every partner). */
  partnerId: idSchema.nullable(),
  partnerName: z.string().nullable(),
  /** The partner's facilitator; the facilitator's own agenda keeps these and the institution-wide ones. */
  facilitatorUserId: idSchema.nullable(),
  subject: z.object({ type: z.enum(agendaSubjectTypes), id: idSchema }),
  /** When it is due (cadence date, occasion date, expiry date, follow-up due date). */
  dueOn: isoDateSchema,
  /** Days past due (positive), due today (0) or days ahead (negative), in the institution's zone. */
  daysOverdue: z.number().int(),
  /** A short detail in the data's own words: holiday name, agreement number, follow-up text. */
  detail: z.string().nullable(),
  /** The message purpose that fits, so "Hubungi" opens the right template. */
  suggestedPurpose: z.enum(messagePurposes).nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Stable across runs: the reminder engine sends each key once per user. */
export function agendaItemKey(item: Pick<AgendaItem, 'reason' | 'subject' | 'dueOn'>): string {
  return `${item.reason}:${item.subject.type}:${item.subject.id}:${item.dueOn}`;
}
