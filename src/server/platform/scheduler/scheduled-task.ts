import type { Db } from '../../db/database';

/** What a run knows about its own claim. */
export interface RunContext {
  slotKey: string;
  /** Unique per claim (a takeover gets a new one): rows a run marks as its own carry it. */
  runId: string;
  /** When this claim lapses; anything the run holds should lapse with it (ISO-8601). */
  leaseUntil: string;
  now: Date;
}

/**
 * A named task with slots (e.g. one per institution and local day). The scheduler asks for the
 * slots due at `now`, including missed ones within the task's own catch-up bound, and runs each
 * slot once across every process sharing the database.
 */
export interface ScheduledTask {
  name: string;
  dueSlots(db: Db, now: Date): Promise<string[]>;
  run(context: RunContext): Promise<void>;
}
