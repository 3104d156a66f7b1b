import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import type { Db } from '../../db/database';

export interface AgendaContext {
  institutionId: string;
  /** Today in the institution's time zone, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  /** How far ahead coming items (occasions, expiries) are shown. */
  horizonDays: number;
}

/**
 * Agenda items come from the modules that keep the facts (occasions, feedback, agreements). So that
 * care does not reach into each of them, they hand it a reader, registered once in
 * care-agenda-wiring.ts (the same shape as the partnership fact sources of ADR 0013).
 */
export type AgendaSource = (db: Db, context: AgendaContext) => Promise<AgendaItem[]>;

const sources = new Set<AgendaSource>();

export function registerAgendaSource(source: AgendaSource): void {
  sources.add(source);
}

export async function readRegisteredAgendaItems(db: Db, context: AgendaContext): Promise<AgendaItem[]> {
  const lists = [];
  for (const source of sources) lists.push(await source(db, context));
  return lists.flat();
}
